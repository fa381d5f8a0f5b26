import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { badInput } from '../errors.js';

// Outgoing webhooks must not become a way to reach the server's own network (SSRF): targets
// on loopback, private, link-local, CGNAT, multicast or reserved addresses are refused unless
// the operator sets ALLOW_PRIVATE_WEBHOOK_TARGETS (tests and on-prem setups do).

const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
] as const) {
  blocked.addSubnet(net, bits, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return blocked.check(mapped[1]!, 'ipv4');
    return blocked.check(address, 'ipv6');
  }
  return true;
}

const MAX_URL_LENGTH = 2000;

/** Syntax checks at registration time (no DNS): https only unless private targets are allowed. */
export function parseWebhookUrl(raw: string, allowPrivate: boolean): URL {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) throw badInput('The webhook URL is too long', { field: 'url' });
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badInput('The webhook URL is not a valid URL', { field: 'url' });
  }
  const httpOk = allowPrivate && url.protocol === 'http:';
  if (url.protocol !== 'https:' && !httpOk) throw badInput('The webhook URL must use https', { field: 'url' });
  if (url.username || url.password) throw badInput('The webhook URL must not contain credentials', { field: 'url' });
  if (!allowPrivate) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) && isPrivateAddress(host))) {
      throw badInput('The webhook URL points to a private or loopback address', { field: 'url' });
    }
  }
  return url;
}

/**
 * Delivery-time check: every address the host resolves to must be public. (The fetch resolves
 * again; a DNS answer that changes in between is a residual risk documented in the README.)
 */
export async function assertPublicTarget(url: URL, allowPrivate: boolean, resolve: typeof lookup = lookup): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await resolve(host, { all: true, verbatim: true })).map((a) => a.address);
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
    throw new PermanentDeliveryError(`refused: ${host} resolves to a private or loopback address`);
  }
}

/** A delivery failure that retrying cannot fix; the row goes DEAD at once. */
export class PermanentDeliveryError extends Error {}
