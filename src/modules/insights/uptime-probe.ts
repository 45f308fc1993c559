import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Resolver } from 'node:dns/promises';
import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { pinnedLookup } from '@/lib/http/pinned-lookup';
import { isAppError } from '@/lib/errors';
import { checkUrlDestination } from '@/modules/analyzer/check-target-url';
import { isTestLoopbackAllowed } from '@/modules/analyzer/test-loopback';
import type { UptimeCause } from '@/modules/notifications/events';
import { UPTIME_TIMEOUT_MS } from './uptime-plan';

export type ProbeResult = { isUp: boolean; statusCode: number | null; cause: UptimeCause | null; responseMs: number };

export type ProbeOptions = {
  /**
   * 'platform': the site's `<slug>.<ROOT_DOMAIN>` address — a name under the operator's own
   * domain, resolved as configured (no client controls where it points).
   * 'custom': a client's custom domain — its DNS is the client's to change at any moment, so the
   * destination goes through the analyzer's SSRF guard (public addresses only, default ports) and
   * the connection is pinned to the address that was checked (a later, different DNS answer —
   * rebinding to 169.254.169.254 or 10.x — is never used).
   */
  kind: 'platform' | 'custom';
  timeoutMs?: number;
  resolver?: Resolver;
  /** Tests: loopback sites (defaults to the analyzer's test-only allow-list, never on in production). */
  allowLoopback?: boolean;
};

/** `<slug>.localhost` is loopback by definition (RFC 6761), though libc may not resolve it. */
const platformLookup: LookupFunction = ((host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return pinnedLookup('127.0.0.1')(host, options as never, callback as never);
  return dnsLookup(host, options as never, callback as never);
}) as LookupFunction;

const TLS_CODES = /^(CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(VERIFY|GET)_)/;

/** What a failed connection's error code means to a person reading the incident. */
export function causeOfError(error: unknown): UptimeCause {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return 'other';
  if (code === 'ETIMEDOUT' || code === 'UPTIME_TIMEOUT') return 'timeout';
  if (['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ECONNABORTED', 'HPE_INVALID_CONSTANT'].includes(code)) {
    return 'connection';
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA') return 'dns';
  if (TLS_CODES.test(code)) return 'tls';
  return 'other';
}

/**
 * One uptime check: GET `origin`/ without following redirects. Up when the site answers with a
 * status below 400 within the timeout (a 3xx is up: a secondary domain answers 301 to the
 * primary one). Only the status line and headers are waited for; the body is not read. Never
 * throws: every failure is a result with its cause.
 */
export async function probeUptime(origin: string, options: ProbeOptions): Promise<ProbeResult> {
  const started = performance.now();
  const elapsed = () => Math.max(0, Math.round(performance.now() - started));
  const fail = (cause: UptimeCause, statusCode: number | null = null): ProbeResult => ({
    isUp: false,
    statusCode,
    cause,
    responseMs: elapsed(),
  });
  let url: URL;
  try {
    url = new URL('/', origin);
  } catch {
    return fail('other');
  }
  let lookup: LookupFunction = platformLookup;
  if (options.kind === 'custom') {
    try {
      const allowLoopback = options.allowLoopback ?? isTestLoopbackAllowed();
      const target = await checkUrlDestination(url, { resolver: options.resolver, allowLoopback });
      lookup = pinnedLookup(target.address);
    } catch (error) {
      if (isAppError(error) && error.code === 'FORBIDDEN') return fail('blocked');
      if (isAppError(error) && error.key === 'errors.analyzer.unresolvable') return fail('dns');
      if (isAppError(error)) return fail('blocked'); // a port or form the guard refuses
      return fail('other');
    }
  }
  const timeoutMs = options.timeoutMs ?? UPTIME_TIMEOUT_MS;
  return new Promise<ProbeResult>((resolve) => {
    let settled = false;
    const settle = (result: ProbeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(result);
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      url,
      {
        method: 'GET',
        lookup,
        agent: false,
        headers: { 'user-agent': 'PageMagic-Uptime/1.0', accept: 'text/html,*/*', connection: 'close' },
      },
      (response: IncomingMessage) => {
        const status = response.statusCode ?? 0;
        response.resume();
        settle(
          status >= 100 && status < 400
            ? { isUp: true, statusCode: status, cause: null, responseMs: elapsed() }
            : fail('http_status', status >= 100 && status <= 599 ? status : null),
        );
      },
    );
    const timer = setTimeout(() => settle(fail('timeout')), timeoutMs);
    request.on('error', (error) => settle(fail(causeOfError(error))));
    request.end();
  });
}
