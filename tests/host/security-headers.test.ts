import { createHash } from 'node:crypto';
import { FRAME_SCRIPT } from '@/modules/render/frame-script.generated';
import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { baseSiteHeaders } from '@/modules/host/serve-site-file';
import { proxy } from '@/proxy';

// Every directive of both security policies, spelled out: weakening one (dropping
// frame-ancestors, form-action or base-uri, widening img-src to *) must fail here.

function directives(csp: string): Record<string, string> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name!, values.join(' ')];
      }),
  );
}

describe('published sites', () => {
  it('get a strict, inline-free CSP and the other security headers', () => {
    const headers = baseSiteHeaders(true);
    expect(directives(headers['Content-Security-Policy']!)).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' https: data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'manifest-src': "'self'",
      'worker-src': "'self'",
      'form-action': "'self'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    });
    expect(baseSiteHeaders(false)['Strict-Transport-Security']).toBeUndefined(); // only over TLS
  });
});

describe('the app', () => {
  it('answers its pages with its CSP, no framing and the other security headers', async () => {
    const response = await proxy(new NextRequest('http://localhost:3000/sign-in', { headers: { host: 'localhost:3000' } }));
    const { 'script-src': scriptSrc, ...csp } = directives(response.headers.get('Content-Security-Policy') ?? '');
    expect(csp).toEqual({
      'default-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob: https:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'frame-src': "'self' blob:",
      'frame-ancestors': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'object-src': "'none'",
      'manifest-src': "'self'",
      'worker-src': "'self'",
    });
    // The nonce test below covers the rest of script-src.
    // Beside the nonce, exactly one inline script is allowed, by hash: the editor canvas's.
    const canvasHash = `'sha256-${createHash('sha256').update(FRAME_SCRIPT).digest('base64')}'`;
    expect(scriptSrc?.replace(canvasHash, '<canvas>')).toMatch(/^'self' 'nonce-[^']+' <canvas> 'strict-dynamic'( 'unsafe-eval')?$/);
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('Permissions-Policy')).toBe('camera=(), microphone=(), geolocation=()');
  });

  it('allows scripts by a fresh per-request nonce only, and hands the nonce to the page render', async () => {
    const request = () => proxy(new NextRequest('http://localhost:3000/dashboard', { headers: { host: 'localhost:3000' } }));
    const [first, second] = [await request(), await request()];
    const script = directives(first.headers.get('Content-Security-Policy') ?? '')['script-src'] ?? '';
    const nonce = script.match(/'nonce-([A-Za-z0-9+/=]{22,})'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(script).toContain("'strict-dynamic'");
    expect(script).not.toContain('unsafe-inline');
    expect(directives(second.headers.get('Content-Security-Policy') ?? '')['script-src']).not.toContain(nonce);
    // Next nonces its own scripts from the request's CSP header; the root layout reads x-nonce.
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(first.headers.get('x-middleware-request-content-security-policy')).toContain(`'nonce-${nonce}'`);
  });

  it('sends HSTS over TLS (directly or behind a TLS-terminating proxy), never over plain HTTP', async () => {
    const https = await proxy(new NextRequest('https://localhost:3000/sign-in', { headers: { host: 'localhost:3000' } }));
    expect(https.headers.get('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
    const proxied = await proxy(
      new NextRequest('http://localhost:3000/sign-in', { headers: { host: 'localhost:3000', 'x-forwarded-proto': 'https' } }),
    );
    expect(proxied.headers.get('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
    const plain = await proxy(new NextRequest('http://localhost:3000/sign-in', { headers: { host: 'localhost:3000' } }));
    expect(plain.headers.get('Strict-Transport-Security')).toBeNull();
  });
});
