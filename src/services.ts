import type { CoreDeps } from './deps.js';

/**
 * Domain services, built once per app over CoreDeps and shared by every edge (REST, GraphQL,
 * voice). Each domain adds one field here and one line in createServices; a service is a
 * factory over explicit deps, so tests can build it alone with fakes.
 */
export interface Services {
  core: CoreDeps;
}

export function createServices(core: CoreDeps): Services {
  return { core };
}
