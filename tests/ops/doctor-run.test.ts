import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV_VARIABLE_NAMES, getEnv, resetEnvCache, type Env } from '@/lib/env';
import { closeDb } from '@/lib/db/client';
import { createResolver } from '@/modules/domains/check-domain-dns';
import { doctorExitCode, formatDoctorReport, maskSecrets, runDoctor } from '@/modules/ops/run-doctor';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { startResendStandIn } from '@tests/fakes/resend/server';
import { startFakeSupabaseAuth, type FakeSupabaseAuth } from '@tests/fakes/supabase-auth/server';
import { startStripeStandIn, type StripeStandIn } from '@tests/fakes/stripe/server';
import { createTestDb } from '@tests/helpers/test-db';

// `npm run doctor` as an operator meets it: a deliberately broken environment, every problem named
// on its own line, exit code 1, and no secret's value anywhere in what it prints.

const root = path.resolve(import.meta.dirname, '../..');
const SECRETS = { db: 'db-pass-9f3k2', stripe: 'sk_test_secret_7h2j', resend: 're_secret_4k9d', anon: 'anon-wrong-5t1q' };

/** The environment getEnv would parse from `vars` alone (every other variable unset). */
function envFrom(vars: Record<string, string>): Env {
  const saved = Object.fromEntries(ENV_VARIABLE_NAMES.map((k) => [k, process.env[k]]));
  try {
    for (const k of ENV_VARIABLE_NAMES) delete process.env[k];
    Object.assign(process.env, vars);
    resetEnvCache();
    return getEnv();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    resetEnvCache();
  }
}

let stripe: StripeStandIn;
let auth: FakeSupabaseAuth;
let resend: Awaited<ReturnType<typeof startResendStandIn>>;
let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
beforeAll(async () => {
  [stripe, auth, resend, dns] = await Promise.all([
    startStripeStandIn(),
    startFakeSupabaseAuth({ anonKey: 'anon-right' }),
    startResendStandIn({ apiKey: SECRETS.resend, domains: [{ name: 'mail.example.com', status: 'not_started' }] }),
    startTestDnsServer(),
  ]);
});
afterAll(async () => {
  await Promise.all([stripe.close(), auth.stop(), resend.close(), dns.close()]);
  await closeDb();
});

describe('npm run doctor against a broken environment', () => {
  it('names each problem on its own line and never prints a secret', async () => {
    const env = envFrom({
      NODE_ENV: 'production',
      APP_URL: 'https://app.example.com',
      ROOT_DOMAIN: 'sites.example.net',
      AUTH_SECRET: 'a'.repeat(48),
      DATABASE_URL: `postgres://app:${SECRETS.db}@127.0.0.1:1/app`,
      NEXT_PUBLIC_SUPABASE_URL: auth.url,
      NEXT_PUBLIC_SUPABASE_ANON_KEY: SECRETS.anon,
      STRIPE_SECRET_KEY: SECRETS.stripe,
      INNGEST_EVENT_KEY: 'evt-key-1',
      RESEND_API_KEY: SECRETS.resend,
      EMAIL_FROM: 'Page Magic <hello@mail.example.com>',
      VAPID_PUBLIC_KEY: 'BOGUS',
      VAPID_PRIVATE_KEY: 'bogus',
      VAPID_SUBJECT: 'mailto:ops@example.com',
    });
    const results = await runDoctor(env, {
      stripe: (await import('@/lib/payments/get-stripe')).createStripeClient(SECRETS.stripe, stripe.url, { maxNetworkRetries: 0 }),
      resendBaseUrl: resend.url,
      resolver: createResolver([dns.server]),
      timeoutMs: 5_000,
    });
    const byCheck = Object.fromEntries(results.map((r) => [r.check, r]));
    const problemOf = (check: string) => {
      expect(byCheck[check]?.status, check).toBe('problem');
      return byCheck[check]!.detail;
    };
    expect(problemOf('database')).toContain('DATABASE_URL does not answer');
    expect(problemOf('auth (Supabase)')).toContain('refused NEXT_PUBLIC_SUPABASE_ANON_KEY');
    expect(problemOf('jobs (Inngest)')).toContain('INNGEST_SIGNING_KEY is missing');
    expect(problemOf('payments (Stripe catalogue)')).toContain('Run npm run stripe:setup');
    expect(problemOf('payments (Stripe webhook secret)')).toContain('STRIPE_WEBHOOK_SECRET is not set');
    expect(problemOf('email (Resend sender)')).toContain('mail.example.com is not started at Resend');
    expect(problemOf('push (VAPID keys)')).toContain('VAPID_PUBLIC_KEY is malformed');
    expect(problemOf('root domain (DNS)')).toContain('*.sites.example.net does not resolve');
    expect(doctorExitCode(results)).toBe(1);

    const report = formatDoctorReport(results);
    expect(report.split('\n').filter((l) => l.startsWith('PROBLEM'))).toHaveLength(results.filter((r) => r.status === 'problem').length);
    for (const secret of Object.values(SECRETS)) expect(report).not.toContain(secret);
  });

  it('reports a clean embedded setup with exit code 0', async () => {
    const results = await runDoctor(envFrom({}));
    expect(results.every((r) => r.status === 'skipped')).toBe(true);
    expect(doctorExitCode(results)).toBe(0);
  });
});

describe('maskSecrets', () => {
  it("masks secrets' values and connection passwords, and keeps a URL's printable origin", () => {
    const env = envFrom({
      DATABASE_URL: `postgres://app:${SECRETS.db}@db.example.com:5432/app`,
      STRIPE_SECRET_KEY: SECRETS.stripe,
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    const text = `failed: postgres://app:${SECRETS.db}@db.example.com:5432/app, password ${SECRETS.db}, key ${SECRETS.stripe}, redis://127.0.0.1:6379`;
    expect(maskSecrets(text, env)).toBe('failed: ***, password ***, key ***, redis://127.0.0.1:6379');
  });
});

describe('scripts/doctor.ts', () => {
  const runScript = (vars: Record<string, string>) => {
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'production', PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...vars };
    return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/doctor.ts'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  };

  it('exits 1 and names the problems of a broken environment', () => {
    const run = runScript({
      DATABASE_URL: `postgres://app:${SECRETS.db}@127.0.0.1:1/app`,
      AUTH_SECRET: 'a'.repeat(40),
      VAPID_PUBLIC_KEY: 'BOGUS',
      VAPID_PRIVATE_KEY: 'bogus',
      ROOT_DOMAIN: 'sites.example.net',
      APP_URL: 'http://localhost:3000',
      DNS_RESOLVERS: dns.server,
    });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^PROBLEM {2}database: DATABASE_URL does not answer/m);
    expect(run.stdout).toMatch(/^PROBLEM {2}push \(VAPID keys\): VAPID_PUBLIC_KEY is malformed/m);
    expect(run.stdout).toMatch(/^PROBLEM {2}root domain \(DNS\): \*\.sites\.example\.net does not resolve/m);
    expect(run.stdout + run.stderr).not.toContain(SECRETS.db);
  });

  it('names an invalid variable without printing its value', () => {
    const run = runScript({ DATABASE_URL: 'not a url with secret-xyz' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('PROBLEM  environment: Invalid environment configuration: DATABASE_URL');
    expect(run.stdout).not.toContain('secret-xyz');
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('reports the migrated test database as ok', async () => {
    const handle = await createTestDb();
    const run = runScript({ DATABASE_URL: handle.url!, AUTH_SECRET: 'a'.repeat(40) });
    expect(run.stdout).toMatch(/^ok +database: reachable, all \d+ migrations applied/m);
  });
});
