import { lookup } from 'node:dns/promises';
import { lookup as lookupCallback, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { badInput } from '../errors.js';

// Outgoing webhooks must not become a way to reach the server's own network (SSRF): targets
// on loopback, private, link-local, CGNAT, multicast or reserved addresses are refused unless
// the operator sets ALLOW_PRIVATE_WEBHOOK_TARGETS (tests and on-prem setups do).

// Two lists: node's BlockList matches IPv4 addresses against IPv4-mapped IPv6 ranges, and the
// IPv6 list refuses the whole mapped range.
const blocked = new BlockList();
const blocked6 = new BlockList();
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
  // Transition forms that carry an IPv4 address (or reach one through a relay): refused
  // outright, whatever IPv4 address they embed.
  ['::', 96], // IPv4-compatible (::7f00:1)
  ['::ffff:0:0', 96], // IPv4-mapped (::ffff:7f00:1)
  ['::ffff:0:0:0', 96], // SIIT (::ffff:0:7f00:1)
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard-only
  ['2001::', 32], // Teredo
  ['2002::', 16], // 6to4 (2002:7f00:1::)
  ['fec0::', 10], // site-local (deprecated)
] as const) {
  blocked6.addSubnet(net, bits, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return blocked.check(mapped[1]!, 'ipv4');
    return blocked6.check(address, 'ipv6');
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
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}

/**
 * A dns.lookup for outgoing connections that refuses private answers. The check runs on the
 * very addresses the socket connects to, so a DNS answer that changes between a check and the
 * connection (rebinding) cannot slip a private address through.
 */
export function checkingLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookupCallback(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      if (!allowPrivate && (addresses.length === 0 || addresses.some((a) => isPrivateAddress(a.address)))) {
        return callback(new PermanentDeliveryError(`refused: ${hostname} resolves to a private or loopback address`), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

export interface WebhookPostResult {
  status: number;
}

/**
 * POSTs one webhook delivery. The address is checked when the socket connects (checkingLookup;
 * IP literals before), redirects are not followed, and the receiver's answer is never read:
 * only its status matters, so a huge or endless body costs nothing and nothing of it is kept.
 */
export function postWebhook(url: URL, init: { headers: Record<string, string>; body: string; timeoutMs: number; allowPrivate: boolean }): Promise<WebhookPostResult> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!init.allowPrivate && isIP(host) && isPrivateAddress(host)) {
    return Promise.reject(new PermanentDeliveryError(`refused: ${host} is a private or loopback address`));
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'POST',
        headers: { ...init.headers, 'content-length': String(Buffer.byteLength(init.body)) },
        lookup: checkingLookup(init.allowPrivate),
        timeout: init.timeoutMs,
        // A fresh connection per delivery: a pooled socket would skip the connect-time check.
        agent: false,
      },
      (res) => {
        resolve({ status: res.statusCode ?? 0 });
        res.destroy();
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('the webhook receiver did not answer in time'), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end(init.body);
  });
}
