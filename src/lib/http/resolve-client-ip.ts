import ipaddr from 'ipaddr.js';

/**
 * Who is calling, as far as can be known: the address of the socket, unless that socket is a
 * proxy we were told to trust (TRUSTED_PROXIES), in which case its X-Forwarded-For is read from
 * the right, skipping further trusted proxies, and the first address that is not one of ours is
 * the client. Anything a client writes itself (a forged X-Forwarded-For when it reaches us
 * directly) is ignored.
 */
export type TrustedProxies = ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]>;

/** "10.0.0.0/8, 127.0.0.1, ::1" → CIDR ranges. Throws on a malformed entry (a typo must not trust the world). */
export function parseTrustedProxies(list: string | undefined): TrustedProxies {
  return (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      if (entry.includes('/')) return ipaddr.parseCIDR(entry);
      const address = ipaddr.parse(entry);
      return [address, address.kind() === 'ipv4' ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number];
    });
}

/** The address in its plain form (IPv4-mapped IPv6 as IPv4), or null when it is not an IP. */
export function normalizeIp(value: string | undefined | null): string | null {
  const text = (value ?? '').trim().replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(text)) return null;
  const address = ipaddr.parse(text);
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()
    ? (address as ipaddr.IPv6).toIPv4Address().toString()
    : address.toString();
}

/** Whether the address is one of the proxies we were told to trust. */
export function isTrusted(ip: string, trusted: TrustedProxies): boolean {
  const address = ipaddr.parse(ip);
  return trusted.some(([range, bits]) => address.kind() === range.kind() && address.match(range, bits));
}

export function resolveClientIp(input: {
  peer: string | undefined;
  forwardedFor: string | null | undefined;
  trusted: TrustedProxies;
}): string {
  const peer = normalizeIp(input.peer);
  if (!peer) return 'unknown';
  if (!isTrusted(peer, input.trusted)) return peer;
  const hops = (input.forwardedFor ?? '').split(',').map((hop) => normalizeIp(hop));
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (!hop) return peer; // garbage in the chain: stop at the last address we can vouch for
    if (!isTrusted(hop, input.trusted)) return hop;
  }
  return peer;
}

// The CDN's country headers too: site traffic analytics count by them, and a client reaching us
// directly must not choose its own country.
const FORWARDING_HEADERS = [
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
  'x-forwarded-port',
  'x-real-ip',
  'forwarded',
  'cf-ipcountry',
  'x-vercel-ip-country',
];

/**
 * What our server (scripts/server.ts) does to every request before Next sees it: names the client
 * in `x-pm-client-ip` (any copy the client sent is overwritten) and, unless the socket is a
 * trusted proxy, drops the forwarding headers — a client's own X-Forwarded-Proto/Host/For mean
 * nothing, and Next would otherwise believe them.
 */
export function prepareForwardedHeaders(
  headers: Record<string, string | string[] | undefined>,
  peerAddress: string | undefined,
  trusted: TrustedProxies,
): void {
  const peer = peerOf(peerAddress, trusted);
  if (peer.isTrusted) {
    const forwardedFor = headers['x-forwarded-for'];
    headers['x-pm-client-ip'] = resolveClientIp({
      peer: peerAddress,
      forwardedFor: Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor,
      trusted,
    });
    return;
  }
  // What resolveClientIp answers for a peer we don't trust: the peer itself.
  headers['x-pm-client-ip'] = peer.ip ?? 'unknown';
  for (const name of FORWARDING_HEADERS) if (headers[name] !== undefined) delete headers[name];
}

// Every request asks about its socket's address, and a keep-alive connection or a proxy asks about
// the same one again and again: parse each once (bounded; the list of proxies is fixed per server).
const peers = new WeakMap<TrustedProxies, Map<string, { ip: string | null; isTrusted: boolean }>>();
function peerOf(peerAddress: string | undefined, trusted: TrustedProxies): { ip: string | null; isTrusted: boolean } {
  let known = peers.get(trusted);
  if (!known) peers.set(trusted, (known = new Map()));
  const key = peerAddress ?? '';
  let peer = known.get(key);
  if (!peer) {
    const ip = normalizeIp(peerAddress);
    peer = { ip, isTrusted: ip !== null && isTrusted(ip, trusted) };
    if (known.size >= 10_000) known.clear();
    known.set(key, peer);
  }
  return peer;
}
