import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { PmProvider as PmProviderName } from '../../db/schema.js';

// The contract every project-management provider implements. A provider is a pure adapter
// over one vendor API: it never touches the database. The integration service
// (../service.ts) owns storage, encryption, dedupe and scheduling, so adding a provider is one
// file plus one registry line and touches no core code.

export type ProjectStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'ON_HOLD' | 'AT_RISK' | 'COMPLETED' | 'CANCELLED' | 'UNKNOWN';

/** A project as the rest of the product sees it, whatever the vendor. */
export interface NormalizedProject {
  externalId: string;
  name: string;
  status: ProjectStatus;
  /** 0-100, from completed / total tasks when the vendor has no progress of its own. */
  progress: number | null;
  /** YYYY-MM-DD */
  dueDate: string | null;
  description: string | null;
  url: string | null;
  /** The vendor's customer field (a client name, reference or e-mail), when set. */
  customerRef: string | null;
  /** E-mail addresses found on the project (owner, members, e-mail columns) for link rules. */
  contactEmails: string[];
  taskCount: number;
  completedTaskCount: number;
  /** A small, bounded extract of the vendor data, for support/debugging. */
  raw: Record<string, unknown>;
}

/** What a provider may use on each call. Credentials are decrypted only for the call. */
export interface ProviderContext {
  fetch: typeof fetch;
  config: Config;
  logger: Logger;
  credentials: Record<string, string>;
  settings: Record<string, unknown>;
  /**
   * The URL this integration's webhooks must target (carries the per-integration secret URL
   * token); null when PUBLIC_BASE_URL is not set, in which case only polling keeps data fresh.
   */
  webhookTarget: string | null;
}

export interface WebhookRequest {
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  rawBody: Buffer;
  /** The parsed JSON body (already validated to be an object). */
  body: Record<string, unknown>;
}

/** Per-integration secrets the service decrypted for verification. */
export interface WebhookSecrets {
  /** Provider-specific: Asana stores one secret per webhook resource, Jira/monday one string. */
  secret: string | null;
  secretsByResource: Record<string, string>;
}

export type WebhookChange =
  | { kind: 'refresh'; externalId: string }
  | { kind: 'delete'; externalId: string };

export type WebhookOutcome =
  /** A handshake/challenge answered synchronously; nothing about projects is written. */
  | {
      kind: 'handshake';
      status: number;
      headers?: Record<string, string>;
      body?: unknown;
      /** Asana: the X-Hook-Secret to remember for this resource. */
      storeSecret?: { resource: string; secret: string };
    }
  | { kind: 'rejected'; reason: string }
  | { kind: 'events'; deliveryKey: string; changes: WebhookChange[] };

export interface WebhookSetup {
  /** Ids of the webhooks created at the vendor, kept so they can be removed on disconnect. */
  webhookIds: string[];
  /** A secret we chose and gave the vendor (Jira), stored encrypted. */
  secret?: string;
  /** Settings to merge (e.g. which resources already have webhooks). */
  settings?: Record<string, unknown>;
}

export interface ConnectResult {
  /** A masked, human hint of the account (never the secret itself). */
  accountLabel: string;
  settings: Record<string, unknown>;
}

export interface PmProvider {
  readonly name: PmProviderName;
  /** The tool's name as people spell it ("Jira", "monday.com"), in what the owner reads. */
  readonly label: string;
  /** Credential fields the provider needs (for input validation and GraphQL docs). */
  readonly credentialFields: readonly string[];
  /** The field of credentials whose masked tail is shown as the hint. */
  readonly hintField: string;
  /** Checks the credentials against the vendor and returns settings to store. */
  connect(ctx: ProviderContext): Promise<ConnectResult>;
  /** Every project (with its task counts), walking all pages. */
  listProjects(ctx: ProviderContext): Promise<NormalizedProject[]>;
  /** One project by vendor id, or null when it no longer exists. */
  fetchProject(ctx: ProviderContext, externalId: string): Promise<NormalizedProject | null>;
  /** Registers webhooks at the vendor (idempotent: skips what already exists). */
  setupWebhooks(ctx: ProviderContext, projects: NormalizedProject[]): Promise<WebhookSetup>;
  /** Removes webhooks at the vendor on disconnect (best effort). */
  teardownWebhooks(ctx: ProviderContext, webhookIds: string[]): Promise<void>;
  /**
   * Verifies and interprets one delivery. Called only after the service checked the secret
   * URL token. Must not perform I/O: the endpoint answers fast and defers the work.
   */
  handleWebhook(req: WebhookRequest, secrets: WebhookSecrets, now: number): WebhookOutcome;
  /** Vendor object -> NormalizedProject (pure). */
  normalizeData(providerData: unknown): NormalizedProject;
}
