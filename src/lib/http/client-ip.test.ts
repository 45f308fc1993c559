import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';
import { normalizeIp, parseTrustedProxies, prepareForwardedHeaders, resolveClientIp } from './resolve-client-ip';

describe('resolveClientIp', () => {
  const none = parseTrustedProxies('');
  const lb = parseTrustedProxies('10.0.0.0/8, ::1');

  it('uses the socket address when the caller is not a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(resolveClientIp({ peer: '203.0.113.7', forwardedFor: '1.2.3.4', trusted: none })).toBe('203.0.113.7');
    expect(resolveClientIp({ peer: '::ffff:203.0.113.7', forwardedFor: '1.2.3.4', trusted: lb })).toBe('203.0.113.7');
  });

  it('behind trusted proxies, takes the first address from the right that is not one of ours', () => {
    expect(resolveClientIp({ peer: '10.0.0.2', forwardedFor: '6.6.6.6, 198.51.100.9, 10.0.0.5', trusted: lb })).toBe('198.51.100.9');
    expect(resolveClientIp({ peer: '::1', forwardedFor: '198.51.100.9', trusted: lb })).toBe('198.51.100.9');
    expect(resolveClientIp({ peer: '10.0.0.2', forwardedFor: null, trusted: lb })).toBe('10.0.0.2');
    expect(resolveClientIp({ peer: '10.0.0.2', forwardedFor: 'garbage, 10.0.0.3', trusted: lb })).toBe('10.0.0.2');
  });

  it('refuses a malformed trusted-proxy list instead of trusting everyone', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8, not-an-ip')).toThrow();
    expect(normalizeIp('[::1]')).toBe('::1');
    expect(normalizeIp('evil')).toBeNull();
  });
});

describe('clientIp', () => {
  const forged = new Headers({ 'x-forwarded-for': '6.6.6.6', 'x-pm-client-ip': '7.7.7.7', 'x-vercel-forwarded-for': '8.8.8.8' });

  it('reads our server’s header only when our server runs', () => {
    expect(clientIp(forged, { PM_CLIENT_IP_FROM_SERVER: '1' })).toBe('7.7.7.7');
    expect(clientIp(forged, {})).toBe('unknown');
  });

  it('on Vercel, reads the platform’s header', () => {
    expect(clientIp(forged, { VERCEL: '1' })).toBe('8.8.8.8');
  });

  it('never trusts X-Forwarded-For by itself (a client writes it when it reaches the app directly)', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '6.6.6.6' }), {})).toBe('unknown');
  });
});

describe('prepareForwardedHeaders (our server, before Next)', () => {
  it('drops what a direct client forged and names the socket address', () => {
    const headers: Record<string, string | undefined> = {
      'x-forwarded-for': '6.6.6.6',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'admin.example',
      'x-pm-client-ip': '7.7.7.7',
    };
    prepareForwardedHeaders(headers, '203.0.113.7', parseTrustedProxies(''));
    expect(headers).toEqual({ 'x-pm-client-ip': '203.0.113.7' });
  });

  it('keeps a trusted proxy’s headers and reads the client from them', () => {
    const headers: Record<string, string | undefined> = { 'x-forwarded-for': '198.51.100.9', 'x-forwarded-proto': 'https' };
    prepareForwardedHeaders(headers, '10.0.0.2', parseTrustedProxies('10.0.0.0/8'));
    expect(headers).toEqual({ 'x-forwarded-for': '198.51.100.9', 'x-forwarded-proto': 'https', 'x-pm-client-ip': '198.51.100.9' });
  });
});
