import type { BackgroundTask, CoreDeps } from './deps.js';
import { createChatService, type ChatService } from './chat/service.js';
import { createKnowledgeIngestTask } from './knowledge/ingest-task.js';
import { createVoiceService, type VoiceService } from './voice/voice-service.js';
import { createIntegrationService, type IntegrationService } from './integrations/service.js';
import { createAiProviders, type AiProviders } from './ai/index.js';
import type { TokenBudget } from './ai/budget.js';
import { createKnowledgeService, WORDS_ONLY_MAX_CHUNKS, type KnowledgeService } from './knowledge/service.js';
import { createAgentService, type AgentService, type LeadCapture } from './agent/index.js';
import { loadBusinessContext } from './agent/context.js';
import { statesKindAsked } from './agent/asked-kind.js';
import { createBusinessCache } from './business/cache.js';
import { createNotifyService, type NotifyService } from './notify/service.js';
import { createAccountLifecycle, type AccountLifecycle } from './accounts/lifecycle.js';
import { publicBaseUrl } from './config.js';
import { createPhoneNumberService, type PhoneNumberService } from './twilio/phone-numbers.js';
import { lazyTwilioClient } from './twilio/client.js';

/**
 * Domain services, built once per app over CoreDeps and shared by every edge (REST, GraphQL,
 * voice). Built bottom-up, each over the ones it needs, so no service looks another up by
 * name or carries an "if the other one is missing" branch. A service is a factory over
 * explicit deps, so tests can build it alone with fakes.
 */
export interface Services {
  core: CoreDeps;
  ai: AiProviders & { budget: TokenBudget };
  knowledge: KnowledgeService;
  agent: AgentService;
  leads: LeadCapture;
  notify: NotifyService;
  integrations: IntegrationService;
  voice: VoiceService;
  /** The services' background tasks; app.ts starts them when ready and stops them on close. */
  tasks: BackgroundTask[];
  chat: ChatService;
  accounts: AccountLifecycle;
  phoneNumbers: PhoneNumberService;
}

export function createServices(core: CoreDeps): Services {
  const ai = createAiProviders({ config: core.config, sessions: core.sessions, now: core.now });
  // With the local provider, retrieval re-ranks a question's best chunks by their fields and by
  // whether they state the kind of fact asked (the agent's reading of the question).
  const local = ai.kind === 'local';
  const knowledge = createKnowledgeService({ db: core.db, embedder: ai.embedder, logger: core.logger.child({ component: 'knowledge' }), wordsOnlyMaxChunks: local ? WORDS_ONLY_MAX_CHUNKS : 0, fieldRanking: local, kindAsked: local ? statesKindAsked : undefined });
  // Chat messages and call turns read the business's settings from here (one load per business
  // per BUSINESS_CACHE_TTL; an edit published as business.changed drops the entry at once).
  const contexts = createBusinessCache({ load: (id) => loadBusinessContext(core.db, id), ttlMs: core.config.BUSINESS_CACHE_TTL, events: core.events, now: core.now });
  const agent = createAgentService({
    loadContext: contexts.get,
    db: core.db,
    knowledge,
    events: core.events,
    logger: core.logger.child({ component: 'agent' }),
    chat: ai.chat,
    now: core.now,
    smsEnabled: !!(core.config.TWILIO_ACCOUNT_SID && core.config.TWILIO_AUTH_TOKEN),
  });
  const notify = createNotifyService(core);
  const integrations = createIntegrationService({
    database: core.database,
    config: core.config,
    encryptor: core.encryptor,
    logger: core.logger,
    fetch: core.fetch,
    now: core.now,
    metrics: core.metrics,
    knowledge,
  });
  const accounts = createAccountLifecycle({
    db: core.db,
    auth: core.auth,
    sessions: core.sessions,
    encryptor: core.encryptor,
    now: core.now,
    wakeOutbox: () => notify.worker.wake(),
    base: publicBaseUrl(core.config),
  });
  const voice = createVoiceService({ core, agent, leads: agent.leads });
  const phoneNumbers = createPhoneNumberService({ db: core.db, config: core.config, twilio: lazyTwilioClient(core.config), logger: core.logger, now: core.now });
  const chat = createChatService({ db: core.db, events: core.events, now: core.now, metrics: core.metrics, logger: core.logger, idleEndMs: core.config.CHAT_IDLE_END, leads: agent.leads });
  // PENDING knowledge (demo seed, imports) is chunked and embedded in the background; with local
  // embeddings (fast, no network) start-up waits for the first pass, up to FIRST_PASS_BUDGET_MS.
  const ingest = createKnowledgeIngestTask({ knowledge, logger: core.logger.child({ component: 'knowledge-ingest' }), awaitFirstPass: ai.kind === 'local' });
  // Live calls: the heartbeat runs while the app is up; stopping drains the calls in progress.
  const voiceTask: BackgroundTask = { name: 'voice', start: () => voice.startHeartbeat(), stop: () => voice.stop() };
  return { core, ai, knowledge, agent, leads: agent.leads, notify, integrations, voice, accounts, phoneNumbers, chat, tasks: [...integrations.tasks, ingest, ...chat.tasks, voiceTask, notify.task] };
}
