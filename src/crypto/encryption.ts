import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// AES-256-GCM for credentials at rest. The stored string carries the key id, so keys can be
// rotated: encrypt with the newest, decrypt with whichever key the value names.
// Format: v1:<keyId>:<iv b64>:<tag b64>:<ciphertext b64>

export interface Encryptor {
  keyId: string;
  encrypt(plaintext: string): string;
  decrypt(stored: string): string;
}

export function parseKey(raw: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new Error('encryption key must be 32 bytes');
  return key;
}

export const keyIdOf = (key: Buffer): string => createHash('sha256').update(key).digest('hex').slice(0, 8);

/** `keys[0]` encrypts; every key can decrypt values that name it. */
export function createEncryptor(rawKeys: string[]): Encryptor {
  if (rawKeys.length === 0) throw new Error('at least one encryption key is required');
  const keys = rawKeys.map(parseKey);
  const byId = new Map(keys.map((k) => [keyIdOf(k), k]));
  const current = keys[0]!;
  const keyId = keyIdOf(current);
  return {
    keyId,
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', keyId, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ct.toString('base64')].join(':');
    },
    decrypt(stored) {
      const [v, id, iv, tag, ct] = stored.split(':');
      if (v !== 'v1' || !id || !iv || !tag || ct === undefined) throw new Error('unrecognised encrypted value');
      const key = byId.get(id);
      if (!key) throw new Error(`no encryption key with id ${id}`);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8');
    },
  };
}

/** A masked hint of a secret for display: never more than its last 4 characters. */
export function maskSecret(secret: string): string {
  return secret.length <= 8 ? '••••' : `••••${secret.slice(-4)}`;
}
