import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Role } from '../db/schema.js';
import { AppError, notFound, unauthenticated } from '../errors.js';
import type { SessionStore } from '../sessions/index.js';
import type { Actor } from './actor.js';
import { signJwt, verifyJwt } from './jwt.js';
import { hashPassword, verifyPassword } from './password.js';

export const API_KEY_PREFIX = 'sk_live_';
const TOKEN_TTL_SEC = 12 * 3600;
const LOGIN_WINDOW_MS = 15 * 60_000;
const LOGIN_MAX_PER_IP = 30;
const LOGIN_MAX_PER_EMAIL = 10;
const LAST_USED_RESOLUTION_MS = 60_000;

export interface AuthDeps {
  db: Kysely<Database>;
  sessions: SessionStore;
  jwtSecret: string;
  now?: () => number;
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

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function createAuthService(deps: AuthDeps) {
  const { db, sessions, jwtSecret } = deps;
  const now = deps.now ?? Date.now;
  let dummyHash: Promise<string> | undefined;

  function issueToken(user: { id: string; business_id: string; role: Role }): string {
    return signJwt(jwtSecret, { sub: user.id, bid: user.business_id, role: user.role }, { expiresInSec: TOKEN_TTL_SEC, now: now() });
  }

  async function login(email: string, password: string, ip: string): Promise<LoginResult> {
    const normalized = normalizeEmail(email ?? '');
    const [byIp, byEmail] = await Promise.all([
      sessions.hit(`login:ip:${ip}`, LOGIN_MAX_PER_IP, LOGIN_WINDOW_MS),
      sessions.hit(`login:email:${sha256(normalized)}`, LOGIN_MAX_PER_EMAIL, LOGIN_WINDOW_MS),
    ]);
    if (!byIp.allowed || !byEmail.allowed) {
      throw new AppError('RATE_LIMITED', 'Too many login attempts; try again later', {
        retryAfterSec: Math.ceil(Math.max(byIp.allowed ? 0 : byIp.resetMs, byEmail.allowed ? 0 : byEmail.resetMs) / 1000),
      });
    }
    const user = normalized.length > 0 && normalized.length <= 320 && typeof password === 'string' && password.length <= 200
      ? await db.selectFrom('users').select(['id', 'business_id', 'role', 'password_hash']).where((eb) => eb(eb.fn('lower', ['email']), '=', normalized)).executeTakeFirst()
      : undefined;
    // Unknown e-mails cost one scrypt too, so the answer's timing does not tell which exist.
    const hash = user?.password_hash ?? (await (dummyHash ??= hashPassword(randomBytes(16).toString('hex'))));
    const ok = await verifyPassword(typeof password === 'string' ? password : '', hash);
    if (!user || !ok) throw unauthenticated('Invalid e-mail or password');
    await db.updateTable('users').set({ last_login_at: new Date(now()) }).where('id', '=', user.id).execute();
    return { token: issueToken(user), userId: user.id, businessId: user.business_id, role: user.role };
  }

  async function actorFromJwt(token: string): Promise<Actor | undefined> {
    const result = verifyJwt(jwtSecret, token, { now: now() });
    if (!result.ok) return undefined;
    const row = await db
      .selectFrom('users')
      .innerJoin('businesses', 'businesses.id', 'users.business_id')
      .select(['users.id', 'users.business_id', 'users.role', 'businesses.plan'])
      .where('users.id', '=', result.claims.sub)
      .where('users.business_id', '=', String(result.claims.bid))
      .executeTakeFirst();
    if (!row) return undefined;
    return { businessId: row.business_id, userId: row.id, role: row.role, plan: row.plan, expiresAt: result.claims.exp * 1000 };
  }

  async function actorFromApiKey(key: string): Promise<Actor | undefined> {
    const m = /^(sk_live_[A-Za-z0-9]{12})_([A-Za-z0-9_-]{20,100})$/.exec(key);
    if (!m) return undefined;
    const row = await db
      .selectFrom('api_keys')
      .innerJoin('businesses', 'businesses.id', 'api_keys.business_id')
      .select(['api_keys.id', 'api_keys.business_id', 'api_keys.key_hash', 'api_keys.role', 'api_keys.revoked_at', 'api_keys.last_used_at', 'businesses.plan'])
      .where('api_keys.prefix', '=', m[1]!)
      .executeTakeFirst();
    if (!row || row.revoked_at) return undefined;
    const given = Buffer.from(sha256(key), 'hex');
    const stored = Buffer.from(row.key_hash, 'hex');
    if (given.length !== stored.length || !timingSafeEqual(given, stored)) return undefined;
    if (!row.last_used_at || now() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
      await db.updateTable('api_keys').set({ last_used_at: new Date(now()) }).where('id', '=', row.id).execute();
    }
    return { businessId: row.business_id, apiKeyId: row.id, role: row.role, plan: row.plan };
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
    const id = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
    const prefix = `${API_KEY_PREFIX}${id}`;
    const key = `${prefix}_${randomBytes(30).toString('base64url')}`;
    const row = await db
      .insertInto('api_keys')
      .values({ business_id: actor.businessId, created_by: actor.userId ?? null, name, prefix, key_hash: sha256(key), role })
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

  return { login, issueToken, actorFromAuthorization, actorFromJwt, actorFromApiKey, createApiKey, revokeApiKey };
}

export type AuthService = ReturnType<typeof createAuthService>;
