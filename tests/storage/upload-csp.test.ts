import { afterEach, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/env';
import { appContentSecurityPolicy } from '@/proxy';

// With Supabase Storage, the browser sends files straight to Supabase's resumable endpoint: the
// app's CSP must let it connect there — and nowhere else, and not when uploads go to the app.

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

const connectSrc = () => /connect-src ([^;]+)/.exec(appContentSecurityPolicy('n0nce'))?.[1];

describe('the app CSP and direct uploads', () => {
  it('connects to its own origin only on the embedded default', () => {
    delete process.env.NEXT_PUBLIC_SUPABASE_URL;
    delete process.env.SUPABASE_SERVICE_ROLE_KEY;
    resetEnvCache();
    expect(connectSrc()).toBe("'self'");
  });

  it('adds exactly the Supabase project origin when uploads go there', () => {
    process.env.NEXT_PUBLIC_SUPABASE_URL = 'https://abcd.supabase.co/';
    process.env.SUPABASE_SERVICE_ROLE_KEY = 'service-role';
    resetEnvCache();
    expect(connectSrc()).toBe("'self' https://abcd.supabase.co");
  });
});
