import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { isTestLoopbackAllowed } from './test-loopback';

/**
 * The SSRF guard of the URL analyzer: a stranger picks the URL our browser visits, so every
 * destination must be the public internet. Used for the first URL and, through the engine's
 * request interception, for every redirect and subrequest of the page.
 *
 * - The URL is parsed by WHATWG URL first, which turns every odd spelling of an address
 *   (decimal `2130706433`, octal `0177.0.0.1`, hex `0x7f.1`, short `127.1`, full-width digits,
 *   `[::ffff:7f00:1]`) into its canonical form; the checks below only ever see that form.
 * - Addresses are classified by ipaddr.js's range tables (a maintained library, not regexes):
 *   only the `unicast` range is public. Everything else — private, loopback, link-local
 *   (169.254.169.254 and other metadata addresses), CGNAT, multicast, broadcast, reserved,
 *   documentation, benchmarking, unspecified, IPv6 unique-local/link-local/site-local — is refused,
 *   and so are the IPv6 forms that carry an IPv4 address (IPv4-mapped/compatible, NAT64 64:ff9b::/96
 *   and 64:ff9b:1::/48, SIIT, 6to4, Teredo): a public answer there can still route to a private v4.
 * - Names are resolved with node:dns (A and AAAA) on configurable servers; if any answer is not
 *   public the URL is refused (the browser could pick any of them). The engine then pins the
 *   browser to the address checked here, so a later, different answer (DNS rebinding) is never used.
 */
export type CheckedTarget = {
  /** The normalized URL (WHATWG serialization, no fragment). */
  url: string;
  /** Host name as in the URL (an IPv6 literal without brackets). */
  host: string;
  port: number;
  /** The address the browser must use for `host`. */
  address: string;
};

export type CheckTargetOptions = {
  resolver?: Resolver;
  /** Defaults to the test-only allow-list (never on in production). */
  allowLoopback?: boolean;
};

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };

/** `1.1.1.1, 127.0.0.1:5353` → servers for Resolver#setServers; empty = the system's. */
export function createTargetResolver(servers = getEnv().DNS_RESOLVERS): Resolver {
  const resolver = new Resolver({ timeout: 3_000, tries: 2 });
  const list = (servers ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length) resolver.setServers(list);
  return resolver;
}

function refuse(host: string): never {
  throw new AppError('FORBIDDEN', 'errors.analyzer.forbiddenAddress', { values: { host } });
}

/** The range ipaddr.js gives an address ('unicast' for the public internet), or null when not an address. */
export function addressRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return null;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    // IPv4-compatible addresses (::a.b.c.d, deprecated) are 'unicast' to ipaddr.js but carry an
    // IPv4 address; and only 2000::/3 is allocated global unicast — refuse the rest of the space.
    if (v6.match(IPV4_COMPATIBLE) && !v6.match(UNSPECIFIED_OR_LOOPBACK_V6)) return 'ipv4Compatible';
    const range = v6.range();
    if (range === 'unicast' && !v6.match(GLOBAL_UNICAST_V6)) return 'unallocated';
    return range;
  }
  return parsed.range();
}

const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96') as [ipaddr.IPv6, number];
const UNSPECIFIED_OR_LOOPBACK_V6 = ipaddr.parseCIDR('::/127') as [ipaddr.IPv6, number];
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3') as [ipaddr.IPv6, number];

function isLoopback(address: string): boolean {
  return addressRange(address) === 'loopback';
}

/**
 * The test-only allow-list lets in these two loopback addresses and no other: the rest of
 * 127.0.0.0/8 stays an "internal service" a test can listen on and watch the guard refuse, on any
 * machine (not only one with a private network interface).
 */
const TEST_LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1']);

/** True only for addresses on the public internet (see the module comment for what is refused). */
export function isPublicAddress(address: string, options: { allowLoopback?: boolean } = {}): boolean {
  const range = addressRange(address);
  if (range === null) return false;
  if (range === 'loopback') return options.allowLoopback === true && TEST_LOOPBACK_ADDRESSES.has(ipaddr.parse(address).toString());
  return range === 'unicast';
}

/**
 * What a visitor typed → a URL to check. People paste `example.com` or `localhost:3101`: without
 * `scheme://`, the text is an address and https is what they mean. `localhost:3101` must not be
 * read as the scheme `localhost:` (WHATWG URL would), or the visitor is told "only http(s)" instead
 * of the guard's real answer (a loopback address is never visited). A host followed by a port
 * (`name:digits`, then the end, a path, a query or a fragment) is an address; any other
 * `word:` (`javascript:`, `mailto:`, `file:`) is a scheme and is refused as one by parseTargetUrl.
 */
export function withDefaultScheme(input: string): string {
  const text = input.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  const isHostAndPort = /^[^\s/?#@:]+:\d+(?:[/?#]|$)/.test(text);
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !isHostAndPort) return text;
  return `https://${text.replace(/^\/\//, '')}`;
}

/** Parse and check the URL's form only: scheme, userinfo, port. No DNS. */
export function parseTargetUrl(input: string, options: { schemes?: readonly string[] } = {}): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new AppError('VALIDATION', 'errors.analyzer.invalidUrl');
  }
  const schemes = options.schemes ?? ['http:', 'https:'];
  if (!schemes.includes(url.protocol)) throw new AppError('VALIDATION', 'errors.analyzer.scheme');
  // `http://trusted.com@evil.internal/` reads as one host and goes to another.
  if (url.username || url.password) throw new AppError('VALIDATION', 'errors.analyzer.userinfo');
  if (!url.hostname) throw new AppError('VALIDATION', 'errors.analyzer.invalidUrl');
  url.hash = '';
  return url;
}

function portOf(url: URL): number {
  return url.port ? Number(url.port) : (DEFAULT_PORTS[url.protocol] ?? 0);
}

async function resolveAll(resolver: Resolver, host: string): Promise<string[]> {
  const settle = async (lookup: Promise<string[]>) => {
    try {
      return await lookup;
    } catch {
      return [];
    }
  };
  const [v4, v6] = await Promise.all([settle(resolver.resolve4(host)), settle(resolver.resolve6(host))]);
  return [...v4, ...v6];
}

/**
 * Check a URL for the analyzer: throws an AppError (invalid, scheme, userinfo, port, forbidden
 * address, cannot be resolved) or returns the normalized URL with the address to pin.
 */
export async function checkTargetUrl(input: string, options: CheckTargetOptions = {}): Promise<CheckedTarget> {
  const allowLoopback = options.allowLoopback ?? isTestLoopbackAllowed();
  const url = parseTargetUrl(input);
  return checkUrlDestination(url, { resolver: options.resolver, allowLoopback });
}

/**
 * The destination check of an already parsed URL (http, https, ws, wss): used for the first URL
 * and for every request the page makes.
 */
export async function checkUrlDestination(url: URL, options: CheckTargetOptions & { allowLoopback: boolean }): Promise<CheckedTarget> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const bareHost = host.replace(/\.$/, '').toLowerCase();
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    // Chromium answers `localhost` and `*.localhost` itself, without DNS: refuse the names too.
    if (bareHost === 'localhost' || bareHost.endsWith('.localhost')) {
      if (!options.allowLoopback) refuse(host);
      addresses = ['127.0.0.1'];
    } else {
      addresses = await resolveAll(options.resolver ?? createTargetResolver(), bareHost);
      if (addresses.length === 0) throw new AppError('VALIDATION', 'errors.analyzer.unresolvable', { values: { host } });
    }
  }
  for (const address of addresses) if (!isPublicAddress(address, options)) refuse(host);
  const port = portOf(url);
  // Only default ports: a public host's SSH or database port is not a web page for us to open.
  // Loopback test sites (tests only) run on any port.
  const isDefaultPort = port === DEFAULT_PORTS[url.protocol];
  if (!isDefaultPort && !(options.allowLoopback && addresses.every(isLoopback))) {
    throw new AppError('VALIDATION', 'errors.analyzer.port');
  }
  return { url: url.href, host, port, address: addresses[0]! };
}
