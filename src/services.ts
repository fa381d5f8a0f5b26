import type { CoreDeps } from './deps.js';
import { createVoiceService, type VoiceService } from './voice/voice-service.js';
import type { KnowledgePort } from './voice/call-tools.js';

/**
 * Domain services, built once per app over CoreDeps and shared by every edge (REST, GraphQL,
 * voice). Each domain adds one field here and one line in createServices; a service is a
 * factory over explicit deps, so tests can build it alone with fakes.
 */
export interface Services {
  core: CoreDeps;
  voice: VoiceService;
}

export function createServices(core: CoreDeps): Services {
  const services = { core } as Services;
  // Late-bound: voice uses knowledge/agent services whichever order they are built in.
  const lookup = <T,>(name: string) => () => (services as unknown as Record<string, T | undefined>)[name];
  services.voice = createVoiceService({ core, knowledge: lookup<KnowledgePort>('knowledge') });
  return services;
}
