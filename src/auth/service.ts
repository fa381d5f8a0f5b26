import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { emailKey } from '../contacts/email.js';
import type { Database, Role } from '../db/schema.js';
import { AppError, notFound, unauthenticated } from '../errors.js';
import type { SessionStore } from '../sessions/index.js';
import type { Actor } from './actor.js';
import { signJwt, verifyJwt } from './jwt.js';
import { hashPassword, verifyPassword } from './password.js';

export const API_KEY_PREFIX = 'sk_live_';
const TOKEN_TTL_SEC = 12 * 3600;
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Login throttling. A hard lock per account lets anyone lock the owner out by typing their
 * e-mail with wrong passwords, so an account is never locked: attempts are capped per client
 * address and per (account, address) pair, and failures on an account from anywhere slow
 * every further attempt on it (a progressive delay) without refusing the right password.
 */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const LOGIN_MAX_PER_IP = 30;
export const LOGIN_MAX_PER_ACCOUNT_AND_IP = 10;
/** Account-wide failures (any address) in the window before attempts on it are delayed. */
export const LOGIN_DELAY_AFTER_FAILURES = 10;
export const LOGIN_MAX_DELAY_MS = 4000;

/** The delay before answering an attempt on an account with `failures` recent failures. */
export function loginDelayMs(failures: number): number {
  if (failures < LOGIN_DELAY_AFTER_FAILURES) return 0;
  return Math.min(LOGIN_MAX_DELAY_MS, 250 * 2 ** (failures - LOGIN_DELAY_AFTER_FAILURES));
}

/** Roles whose members may hold API keys (a key acts for its owner, never above them). */
export const API_KEY_HOLDER_ROLES: readonly Role[] = ['OWNER', 'ADMIN'];

export interface AuthDeps {
  db: Kysely<Database>;
  sessions: SessionStore;
  jwtSecret: string;
  now?: () => number;
  /** Waits before answering a throttled login (tests may shorten it). */
  sleep?: (ms: number) => Promise<void>;
}

export interface LoginResult {
  token: string;
  userId: string;
  businessId: string;
  role: Role;
}

export interface CreatedApiKey {
  id: string;
  name: string;
  prefix: string;
  /** The full secret. Shown once; only its hash is stored. */
  key: string;
  createdAt: Date;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export function createAuthService(deps: AuthDeps) {
  const { db, sessions, jwtSecret } = deps;
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const failures = sessions.namespace<{ n: number }>('login-failures', LOGIN_WINDOW_MS);
  let dummyHash: Promise<string> | undefined;

  function issueToken(user: { id: string; business_id: string; role: Role; token_version?: number }): string {
    return signJwt(
      jwtSecret,
      { sub: user.id, bid: user.business_id, role: user.role, ver: user.token_version ?? 0 },
      { expiresInSec: TOKEN_TTL_SEC, now: now() },
    );
  }

  async function login(email: string, password: string, ip: string): Promise<LoginResult> {
    const normalized = emailKey(email ?? '');
    const account = sha256(normalized);
    const [byIp, byPair] = await Promise.all([
      sessions.hit(`login:ip:${ip}`, LOGIN_MAX_PER_IP, LOGIN_WINDOW_MS),
      sessions.hit(`login:pair:${account}:${ip}`, LOGIN_MAX_PER_ACCOUNT_AND_IP, LOGIN_WINDOW_MS),
    ]);
    if (!byIp.allowed || !byPair.allowed) {
      throw new AppError('RATE_LIMITED', 'Too many login attempts; try again later', {
        retryAfterSec: Math.ceil(Math.max(byIp.allowed ? 0 : byIp.resetMs, byPair.allowed ? 0 : byPair.resetMs) / 1000),
      });
    }
    const recent = (await failures.get(account))?.n ?? 0;
    const delay = loginDelayMs(recent);
    if (delay > 0) await sleep(delay);
    const user = normalized.length > 0 && normalized.length <= 320 && typeof password === 'string' && password.length <= 200
      ? await db
          .selectFrom('users')
          .select(['id', 'business_id', 'role', 'password_hash', 'token_version', 'invitation_pending'])
          .where((eb) => eb(eb.fn('lower', ['email']), '=', normalized))
          .executeTakeFirst()
      : undefined;
    // Unknown e-mails cost one scrypt too, so the answer's timing does not tell which exist.
    const hash = user && !user.invitation_pending ? user.password_hash : await (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));
    const ok = await verifyPassword(typeof password === 'string' ? password : '', hash);
    if (!user || user.invitation_pending || !ok) {
      await failures.set(account, { n: ((await failures.get(account))?.n ?? 0) + 1 });
      throw unauthenticated('Invalid e-mail or password');
    }
    await db.updateTable('users').set({ last_login_at: new Date(now()) }).where('id', '=', user.id).execute();
    return { token: issueToken(user), userId: user.id, businessId: user.business_id, role: user.role };
  }

  async function actorFromJwt(token: string): Promise<Actor | undefined> {
    const result = verifyJwt(jwtSecret, token, { now: now() });
    if (!result.ok) return undefined;
    const row = await db
      .selectFrom('users')
      .innerJoin('businesses', 'businesses.id', 'users.business_id')
      .select(['users.id', 'users.business_id', 'users.role', 'users.token_version', 'users.invitation_pending', 'businesses.plan'])
      .where('users.id', '=', result.claims.sub)
      .where('users.business_id', '=', String(result.claims.bid))
      .executeTakeFirst();
    if (!row || row.invitation_pending) return undefined;
    // Tokens issued before a password change or reset carry an older version: they are over.
    const version = typeof result.claims.ver === 'number' ? result.claims.ver : 0;
    if (version !== row.token_version) return undefined;
    return { businessId: row.business_id, userId: row.id, role: row.role, plan: row.plan, expiresAt: result.claims.exp * 1000, tokenVersion: version };
  }

  async function actorFromApiKey(key: string): Promise<Actor | undefined> {
    const m = /^(sk_live_[A-Za-z0-9]{12})_([A-Za-z0-9_-]{20,100})$/.exec(key);
    if (!m) return undefined;
    // A key works only while the user it belongs to is still in the business with a role that
    // may hold keys: removing or demoting that user ends it (the inner join drops orphans).
    const row = await db
      .selectFrom('api_keys')
      .innerJoin('businesses', 'businesses.id', 'api_keys.business_id')
      .innerJoin('users', (j) => j.onRef('users.id', '=', 'api_keys.created_by').onRef('users.business_id', '=', 'api_keys.business_id'))
      .select(['api_keys.id', 'api_keys.business_id', 'api_keys.key_hash', 'api_keys.role', 'api_keys.revoked_at', 'api_keys.last_used_at', 'api_keys.created_by', 'users.role as owner_role', 'businesses.plan'])
      .where('api_keys.prefix', '=', m[1]!)
      .executeTakeFirst();
    if (!row || row.revoked_at || !row.created_by || !API_KEY_HOLDER_ROLES.includes(row.owner_role)) return undefined;
    const given = Buffer.from(sha256(key), 'hex');
    const stored = Buffer.from(row.key_hash, 'hex');
    if (given.length !== stored.length || !timingSafeEqual(given, stored)) return undefined;
    if (!row.last_used_at || now() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
      await db.updateTable('api_keys').set({ last_used_at: new Date(now()) }).where('id', '=', row.id).execute();
    }
    return { businessId: row.business_id, apiKeyId: row.id, apiKeyOwnerId: row.created_by, role: row.role, plan: row.plan };
  }

  /**
   * Whether a credential resolved earlier (a live subscription's) still stands: its key not
   * revoked and its owner still entitled, its user still there with the same token version,
   * and not expired.
   */
  async function isActorCurrent(actor: Actor): Promise<boolean> {
    if (actor.expiresAt !== undefined && now() >= actor.expiresAt) return false;
    if (actor.apiKeyId) {
      const key = await db
        .selectFrom('api_keys')
        .innerJoin('users', (j) => j.onRef('users.id', '=', 'api_keys.created_by').onRef('users.business_id', '=', 'api_keys.business_id'))
        .select(['api_keys.id', 'users.role'])
        .where('api_keys.id', '=', actor.apiKeyId)
        .where('api_keys.business_id', '=', actor.businessId)
        .where('api_keys.revoked_at', 'is', null)
        .executeTakeFirst();
      return !!key && API_KEY_HOLDER_ROLES.includes(key.role);
    }
    if (actor.userId) {
      const user = await db
        .selectFrom('users')
        .select(['token_version', 'invitation_pending'])
        .where('id', '=', actor.userId)
        .where('business_id', '=', actor.businessId)
        .executeTakeFirst();
      return !!user && !user.invitation_pending && user.token_version === (actor.tokenVersion ?? 0);
    }
    return false;
  }

  /** Resolves an `Authorization` header value. Undefined means anonymous or invalid. */
  async function actorFromAuthorization(header: string | undefined): Promise<Actor | undefined> {
    if (!header) return undefined;
    const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!m) return undefined;
    const credential = m[1]!;
    return credential.startsWith(API_KEY_PREFIX) ? actorFromApiKey(credential) : actorFromJwt(credential);
  }

  async function createApiKey(actor: Actor, name: string, role: Role = 'ADMIN'): Promise<CreatedApiKey> {
    const ownerId = actor.userId ?? actor.apiKeyOwnerId;
    if (!ownerId) throw new AppError('FORBIDDEN', 'Only a team member can create API keys');
    const id = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
    const prefix = `${API_KEY_PREFIX}${id}`;
    const key = `${prefix}_${randomBytes(30).toString('base64url')}`;
    const row = await db
      .insertInto('api_keys')
      // A key minted with a key belongs to that key's owner: it can never outlive them.
      .values({ business_id: actor.businessId, created_by: ownerId, name, prefix, key_hash: sha256(key), role })
      .returning(['id', 'name', 'prefix', 'created_at'])
      .executeTakeFirstOrThrow();
    return { id: row.id, name: row.name, prefix: row.prefix, key, createdAt: row.created_at };
  }

  async function revokeApiKey(actor: Actor, id: string): Promise<void> {
    const res = await db
      .updateTable('api_keys')
      .set({ revoked_at: new Date(now()) })
      .where('id', '=', id)
      .where('business_id', '=', actor.businessId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw notFound('API key');
  }

  return { login, issueToken, actorFromAuthorization, actorFromJwt, actorFromApiKey, isActorCurrent, createApiKey, revokeApiKey };
}

export type AuthService = ReturnType<typeof createAuthService>;
