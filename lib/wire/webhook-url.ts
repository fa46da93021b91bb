import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// A client's webhook is an address our server will POST to, so it must not become a way into our
// own network (request forgery): only http(s), no credentials in it, and no host that is or
// resolves to a loopback, private, link-local, shared or otherwise non-public address.
// WIRE_ALLOW_PRIVATE_WEBHOOKS=1 lifts the address rule for tests and local receivers.
// The deliverer checks again before each push (a name may resolve elsewhere later).

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this" network, unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3], // multicast and reserved
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['64:ff9b::', 96], // NAT64 of any IPv4, including private ones
] as const) blocked.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address is one a webhook may not reach (IPv4-mapped IPv6 is checked as IPv4). */
export function isNonPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export type WebhookCheck = { ok: true; url: string } | { ok: false; message: string };

/** Checks a webhook address as typed (resolving its host); `allowPrivate` from WIRE_ALLOW_PRIVATE_WEBHOOKS. */
export async function checkWebhookUrl(raw: string, allowPrivate: boolean, resolve: (host: string) => Promise<string[]> = resolveAll): Promise<WebhookCheck> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, message: 'Enter a full address, like https://example.org/wire/hook.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: 'The webhook must be an http:// or https:// address.' };
  if (url.username || url.password) return { ok: false, message: 'Leave user names and passwords out of the address; pushes are signed instead.' };
  if (raw.length > 500) return { ok: false, message: 'At most 500 characters.' };
  if (allowPrivate) return { ok: true, url: url.toString() };
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    return { ok: false, message: `The host ${host} could not be found.` };
  }
  if (addresses.length === 0) return { ok: false, message: `The host ${host} could not be found.` };
  if (addresses.some(isNonPublicAddress)) return { ok: false, message: 'The webhook points at a loopback, private or link-local address; use a public address.' };
  return { ok: true, url: url.toString() };
}

async function resolveAll(host: string): Promise<string[]> {
  return (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
}
