import type { CoreDeps } from './deps.js';
import { createVoiceService, type VoiceService } from './voice/voice-service.js';
import type { KnowledgePort } from './voice/call-tools.js';
import { createIntegrationService, type IntegrationService } from './integrations/service.js';
import type { KnowledgePort as DriveKnowledgePort } from './integrations/drive/drive-sync.js';
import { createAiProviders, type AiProviders } from './ai/index.js';
import type { TokenBudget } from './ai/budget.js';
import { createKnowledgeService, type KnowledgeService } from './knowledge/service.js';
import { createAgentService, type AgentService, type LeadCapture } from './agent/index.js';
import { createNotifyService, type NotifyService } from './notify/service.js';

/**
 * Domain services, built once per app over CoreDeps and shared by every edge (REST, GraphQL,
 * voice). Each domain adds one field here and one line in createServices; a service is a
 * factory over explicit deps, so tests can build it alone with fakes.
 */
export interface Services {
  core: CoreDeps;
  voice: VoiceService;
  integrations: IntegrationService;
  ai: AiProviders & { budget: TokenBudget };
  knowledge: KnowledgeService;
  agent: AgentService;
  leads: LeadCapture;
  notify: NotifyService;
}

export function createServices(core: CoreDeps): Services {
  const services = { core } as Services;
  // Late-bound: voice uses knowledge/agent services whichever order they are built in.
  const lookup = <T,>(name: string) => () => (services as unknown as Record<string, T | undefined>)[name];
  services.voice = createVoiceService({ core, knowledge: lookup<KnowledgePort>('knowledge'), agent: lookup<AgentService>('agent') });
  services.integrations = createIntegrationService({
    database: core.database,
    config: core.config,
    encryptor: core.encryptor,
    logger: core.logger,
    fetch: core.fetch,
    now: core.now,
    metrics: core.metrics,
    knowledge: lookup<DriveKnowledgePort>('knowledge'),
  });
  services.ai = createAiProviders({ config: core.config, sessions: core.sessions, now: core.now });
  services.knowledge = createKnowledgeService({ db: core.db, embedder: services.ai.embedder, logger: core.logger.child({ component: 'knowledge' }) });
  services.agent = createAgentService({
    db: core.db,
    knowledge: services.knowledge,
    events: core.events,
    logger: core.logger.child({ component: 'agent' }),
    chat: services.ai.chat,
    now: core.now,
    smsEnabled: !!(core.config.TWILIO_ACCOUNT_SID && core.config.TWILIO_AUTH_TOKEN),
  });
  services.leads = services.agent.leads;
  services.notify = createNotifyService(core);
  return services;
}
