import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSupabaseAuthAdapter } from '@/lib/auth/supabase-adapter';
import { createLocalAuthAdapter } from '@/lib/auth/local-adapter';
import type { AuthAdapter } from '@/lib/auth/types';
import { startFakeSupabaseAuth, type FakeSupabaseAuth } from '@tests/fakes/supabase-auth/server';
import { MemoryCookieJar } from './memory-jar';
import { useTempAuthEnv } from './env';

// "Continue with GitHub" through Supabase Auth, against the fake Auth server playing GoTrue and
// the provider: the button exists only for providers switched on; the round trip is PKCE (the
// code is worth nothing without the verifier cookie of the browser that started it), once.

const ANON_KEY = 'anon-key-for-oauth-tests';
let fake: FakeSupabaseAuth;
let env: ReturnType<typeof useTempAuthEnv>;
let auth: AuthAdapter;

beforeAll(async () => {
  (globalThis as { WebSocket?: unknown }).WebSocket ??= class {};
  fake = await startFakeSupabaseAuth({ anonKey: ANON_KEY, externalProviders: ['github'] });
  env = useTempAuthEnv({ NEXT_PUBLIC_SUPABASE_URL: fake.url, NEXT_PUBLIC_SUPABASE_ANON_KEY: ANON_KEY, APP_URL: 'http://app.test' });
  auth = createSupabaseAuthAdapter();
});
afterAll(async () => {
  await fake?.stop();
  env?.restore();
});

/** Follows the /authorize URL as the browser would; returns where it lands. */
async function roundTrip(url: string): Promise<URL> {
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location')!);
}

describe('OAuth sign-in (Supabase Auth)', () => {
  it('offers only the providers switched on in the project; the embedded auth offers none', async () => {
    expect(await auth.oauthProviders()).toEqual(['github']);
    expect(await createLocalAuthAdapter().oauthProviders()).toEqual([]);
  });

  it('GitHub: authorize with a PKCE challenge, come back to /auth/callback with a code, exchange it once for a session', async () => {
    const browser = new MemoryCookieJar();
    const url = new URL(await auth.startOAuth(browser, { provider: 'github', next: '/dashboard/usage' }));
    expect(url.pathname).toBe('/auth/v1/authorize');
    expect(url.searchParams.get('provider')).toBe('github');
    expect(url.searchParams.get('code_challenge_method')?.toLowerCase()).toBe('s256');
    const back = await roundTrip(url.toString());
    expect(back.origin + back.pathname).toBe('http://app.test/auth/callback');
    expect(back.searchParams.get('next')).toBe('/dashboard/usage');
    const code = back.searchParams.get('code')!;

    // Another browser (no verifier cookie) cannot use the code.
    await expect(auth.completeOAuth(new MemoryCookieJar(), { code })).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    await auth.completeOAuth(browser, { code });
    expect((await auth.getClaims(browser))?.email).toBe('github-user@oauth.test');
  });

  it('a code works once, and a provider that is off cannot be started', async () => {
    const browser = new MemoryCookieJar();
    const back = await roundTrip(await auth.startOAuth(browser, { provider: 'github', next: '/dashboard' }));
    const code = back.searchParams.get('code')!;
    await auth.completeOAuth(browser, { code });
    const again = new MemoryCookieJar();
    await auth.startOAuth(again, { provider: 'github', next: '/dashboard' });
    await expect(auth.completeOAuth(again, { code })).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    await expect(auth.startOAuth(new MemoryCookieJar(), { provider: 'google', next: '/' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
