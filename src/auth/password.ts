import { badInput } from '../errors.js';
import { passwordPolicy } from './password-policy.js';
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// scrypt (node:crypto) with a per-password salt; the parameters travel in the stored string
// so they can be raised later without breaking old hashes.
const N = 16384;
const r = 8;
const p = 1;
const KEYLEN = 32;

function scrypt(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFKC'), salt, KEYLEN, { N, r, p, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, rr, pp, saltB64, keyB64] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(keyB64, 'base64');
  const key = await scrypt(password.normalize('NFKC'), Buffer.from(saltB64, 'base64'), expected.length, {
    N: Number(n),
    r: Number(rr),
    p: Number(pp),
    maxmem: 64 * 1024 * 1024,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of a random password, verified against when the e-mail is unknown so timing matches. */
export const DUMMY_HASH_PROMISE = (): Promise<string> => hashPassword(randomBytes(16).toString('hex'));

/** Why a chosen password is refused (length and guessability: see password-policy.ts), or undefined. */
export function validatePasswordStrength(password: string, context: Array<string | null | undefined> = []): string | undefined {
  return passwordPolicy().check(password, context).message ?? undefined;
}

/** Refuses a chosen password that is short or guessable (common, breached-style, built from the person's own data). */
export function checkPassword(password: string, context: Array<string | null | undefined> = [], field = 'password'): void {
  const problem = validatePasswordStrength(typeof password === 'string' ? password : '', context);
  if (problem) throw badInput(problem, { field });
}
