import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createECDH } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, type DbHandle } from '@/lib/db/client';
import { listMigrations } from '@/lib/db/migrate';
import { createStripeClient } from '@/lib/payments/get-stripe';
import { setupStripeCatalog } from '@/modules/billing/setup-stripe-catalog';
import { createResolver } from '@/modules/domains/check-domain-dns';
import { checkAppConfig } from '@/modules/ops/check-app-config';
import { checkDatabase } from '@/modules/ops/check-database';
import { checkEmailSender } from '@/modules/ops/check-email';
import { checkInngest } from '@/modules/ops/check-inngest';
import { checkPushKeys } from '@/modules/ops/check-push-keys';
import { checkRateLimits } from '@/modules/ops/check-rate-limits';
import { checkRequestRole } from '@/modules/ops/check-request-role';
import { checkRootDomain } from '@/modules/ops/check-root-domain';
import { checkStorageBuckets, checkSupabaseAuth } from '@/modules/ops/check-supabase';
import { checkStripeCatalogue, checkStripeWebhookSecret } from '@/modules/ops/check-stripe';
import { checkTestOnlySettings } from '@/modules/ops/check-test-only-settings';
import type { DoctorDb } from '@/modules/ops/open-doctor-db';
import { startFakeSupabaseStorage } from '@/lib/storage/testing/fake-supabase-storage';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { startResendStandIn } from '@tests/fakes/resend/server';
import { startFakeSupabaseAuth } from '@tests/fakes/supabase-auth/server';
import { startStripeStandIn } from '@tests/fakes/stripe/server';
import { createTestDb } from '@tests/helpers/test-db';

// Each check of `npm run doctor` against a working stand-in and a broken one: the broken one must
// be named in plain words, the working one reported ok. Stand-ins speak the services' wire format
// on loopback (tests/fakes); the database is this run's test database.

/** The test database as the doctor sees a connection: its URL on PostgreSQL, its executor on PGlite. */
function doctorDbOver(handle: DbHandle): (url: string) => Promise<DoctorDb> {
  return async () => ({ query: (text) => handle.executor.query(text), close: async () => {} });
}

describe('database', () => {
  let handle: DbHandle & { url?: string };
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => {
    await closeDb();
  });

  it('reports the migrated test database as ok', async () => {
    const files = await listMigrations();
    const result = await checkDatabase(
      { DATABASE_URL: handle.url ?? 'postgres://pglite/test' },
      handle.url ? {} : { open: doctorDbOver(handle) },
    );
    expect(result).toMatchObject({ status: 'ok', detail: `reachable, all ${files.length} migrations applied` });
  });

  it('names a migration the database lacks', async () => {
    const [last] = (await listMigrations()).slice(-1);
    const open = handle.url ? undefined : doctorDbOver(handle);
    await handle.executor.query('delete from supabase_migrations.schema_migrations where version = $1', [last!.version]);
    try {
      const result = await checkDatabase({ DATABASE_URL: handle.url ?? 'postgres://pglite/test' }, { open });
      expect(result.status).toBe('problem');
      expect(result.detail).toContain(`${last!.version}_${last!.name}`);
      expect(result.detail).toContain('npm run db:migrate');
    } finally {
      await handle.executor.query('insert into supabase_migrations.schema_migrations (version, name) values ($1, $2)', [
        last!.version,
        last!.name,
      ]);
    }
  });

  it('says an unreachable database does not answer, without its password', async () => {
    const result = await checkDatabase({ DATABASE_URL: 'postgres://app:s3cret-pw@127.0.0.1:1/app' }, { timeoutMs: 5_000 });
    expect(result.status).toBe('problem');
    expect(result.detail).toMatch(/does not answer: .*ECONNREFUSED/);
    expect(result.detail).not.toContain('s3cret-pw');
  });

  it('skips the embedded default', async () => {
    expect((await checkDatabase({ DATABASE_URL: undefined })).status).toBe('skipped');
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('refuses a request login that bypasses row-level security', async () => {
    // The test server's postgres user is a superuser: exactly what DATABASE_REQUEST_URL must not be.
    const result = await checkRequestRole({ DATABASE_URL: handle.url, DATABASE_REQUEST_URL: handle.url });
    expect(result.status).toBe('problem');
    expect(result.detail).toContain('skips row-level security');
  });
});

describe('Supabase auth and storage', () => {
  it('accepts the right anon key and names a wrong one or a secret key in the public variable', async () => {
    const auth = await startFakeSupabaseAuth({ anonKey: 'anon-key-right' });
    try {
      const base = { NEXT_PUBLIC_SUPABASE_URL: auth.url, SUPABASE_SERVICE_ROLE_KEY: undefined };
      expect((await checkSupabaseAuth({ ...base, NEXT_PUBLIC_SUPABASE_ANON_KEY: 'anon-key-right' })).status).toBe('ok');
      const wrong = await checkSupabaseAuth({ ...base, NEXT_PUBLIC_SUPABASE_ANON_KEY: 'anon-key-wrong' });
      expect(wrong).toMatchObject({ status: 'problem' });
      expect(wrong.detail).toContain('refused NEXT_PUBLIC_SUPABASE_ANON_KEY (401)');
      const secret = await checkSupabaseAuth({ ...base, NEXT_PUBLIC_SUPABASE_ANON_KEY: 'sb_secret_abc123' });
      expect(secret.detail).toContain('secret (service role) key');
      const half = await checkSupabaseAuth({ ...base, NEXT_PUBLIC_SUPABASE_ANON_KEY: undefined });
      expect(half.detail).toContain('NEXT_PUBLIC_SUPABASE_ANON_KEY is missing');
    } finally {
      await auth.stop();
    }
  });

  it('names a missing or public bucket and a refused service key', async () => {
    const storage = await startFakeSupabaseStorage({ buckets: ['site-files'], serviceRoleKey: 'service-key' });
    const both = await startFakeSupabaseStorage({ buckets: ['site-files', 'user-files'], serviceRoleKey: 'service-key' });
    const open = await startFakeSupabaseStorage({
      buckets: ['site-files', 'user-files'],
      publicBuckets: ['user-files'],
      serviceRoleKey: 'service-key',
    });
    try {
      const env = (url: string, key = 'service-key') => ({
        NEXT_PUBLIC_SUPABASE_URL: url,
        NEXT_PUBLIC_SUPABASE_ANON_KEY: 'anon',
        SUPABASE_SERVICE_ROLE_KEY: key,
      });
      const missing = await checkStorageBuckets(env(storage.url));
      expect(missing).toMatchObject({ status: 'problem', detail: 'bucket user-files does not exist (create it, private)' });
      expect((await checkStorageBuckets(env(both.url))).status).toBe('ok');
      expect((await checkStorageBuckets(env(open.url))).detail).toBe('bucket user-files is public: make it private');
      expect((await checkStorageBuckets(env(both.url, 'wrong'))).detail).toContain('refused SUPABASE_SERVICE_ROLE_KEY (403)');
    } finally {
      await Promise.all([storage.close(), both.close(), open.close()]);
    }
  });
});

describe('Stripe', () => {
  it('names the missing catalogue until stripe:setup has run, then reports it ok', async () => {
    const standIn = await startStripeStandIn();
    try {
      const env = { STRIPE_SECRET_KEY: 'sk_test_standin', STRIPE_API_BASE: standIn.url, STRIPE_WEBHOOK_SECRET: 'whsec_x' };
      const before = await checkStripeCatalogue(env);
      expect(before.status).toBe('problem');
      expect(before.detail).toContain('the plan catalogue is missing in Stripe (test mode): meter page_generate');
      expect(before.detail).toContain('npm run stripe:setup');

      const stripe = createStripeClient('sk_test_standin', standIn.url, { maxNetworkRetries: 0 });
      await setupStripeCatalog(stripe);
      expect(await checkStripeCatalogue(env)).toMatchObject({ status: 'ok' });

      // plans.json changed, setup not run again: the licensed price no longer matches.
      const [pro] = (await stripe.prices.list({ lookup_keys: ['pm_pro_monthly'] })).data;
      await stripe.prices.update(pro!.id, { unit_amount: 1 } as never);
      expect((await checkStripeCatalogue(env)).detail).toContain('price pm_pro_monthly is not 89700 centavos');
    } finally {
      await standIn.close();
    }
  });

  it('names an unreachable Stripe and a key that is not one', async () => {
    const down = await checkStripeCatalogue({
      STRIPE_SECRET_KEY: 'sk_test_x',
      STRIPE_API_BASE: 'http://127.0.0.1:1',
      STRIPE_WEBHOOK_SECRET: undefined,
    });
    expect(down).toMatchObject({ status: 'problem' });
    expect(down.detail).toContain('Stripe does not answer');
    expect(
      (await checkStripeCatalogue({ STRIPE_SECRET_KEY: 'pk_live_x', STRIPE_API_BASE: undefined, STRIPE_WEBHOOK_SECRET: undefined })).detail,
    ).toContain('does not look like a Stripe secret key');
  });

  it('requires the webhook signing secret with payments on', () => {
    const base = { STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_API_BASE: undefined };
    expect(checkStripeWebhookSecret({ ...base, STRIPE_WEBHOOK_SECRET: undefined }).detail).toContain('STRIPE_WEBHOOK_SECRET is not set');
    expect(checkStripeWebhookSecret({ ...base, STRIPE_WEBHOOK_SECRET: 'sk_test_x' }).status).toBe('problem');
    expect(checkStripeWebhookSecret({ ...base, STRIPE_WEBHOOK_SECRET: 'whsec_abc' }).status).toBe('ok');
    expect(
      checkStripeWebhookSecret({ STRIPE_SECRET_KEY: undefined, STRIPE_API_BASE: undefined, STRIPE_WEBHOOK_SECRET: undefined }).status,
    ).toBe('skipped');
  });
});

describe('Inngest', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => res.writeHead(req.url === '/health' ? 200 : 404).end('{"status":200}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const cloud = {
    INNGEST_EVENT_KEY: 'evt',
    INNGEST_SIGNING_KEY: 'signkey-prod-0a1b2c',
    INNGEST_DEV: undefined,
    INNGEST_BASE_URL: undefined,
  };

  it('names a missing or malformed signing key', async () => {
    expect((await checkInngest({ ...cloud, INNGEST_SIGNING_KEY: undefined })).detail).toContain('INNGEST_SIGNING_KEY is missing');
    expect((await checkInngest({ ...cloud, INNGEST_SIGNING_KEY: 'signkey-prod-xyz' })).detail).toContain(
      'INNGEST_SIGNING_KEY is malformed',
    );
    expect((await checkInngest({ ...cloud, INNGEST_SIGNING_KEY: 'abc' })).status).toBe('problem');
    expect((await checkInngest(cloud)).status).toBe('ok');
  });

  it('asks a self-hosted server for its health', async () => {
    const selfHosted = { ...cloud, INNGEST_SIGNING_KEY: '0a1b2c3d', INNGEST_BASE_URL: url };
    expect(await checkInngest(selfHosted)).toMatchObject({ status: 'ok' });
    const down = await checkInngest({ ...selfHosted, INNGEST_BASE_URL: 'http://127.0.0.1:1' });
    expect(down.detail).toContain('the Inngest server at http://127.0.0.1:1 does not answer');
  });

  it('skips the embedded runner, but not stray Inngest settings', async () => {
    expect((await checkInngest({ ...cloud, INNGEST_EVENT_KEY: undefined, INNGEST_SIGNING_KEY: undefined })).status).toBe('skipped');
    expect((await checkInngest({ ...cloud, INNGEST_EVENT_KEY: undefined })).status).toBe('problem');
  });
});

describe('email', () => {
  it('reports a verified sender domain ok and names an unverified, unknown or default one', async () => {
    const resend = await startResendStandIn({
      apiKey: 're_full',
      sendingOnlyKey: 're_send',
      domains: [
        { name: 'mail.example.com', status: 'verified' },
        { name: 'pending.example.com', status: 'pending' },
      ],
    });
    try {
      const check = (from: string, key = 're_full') => checkEmailSender({ RESEND_API_KEY: key, EMAIL_FROM: from }, { baseUrl: resend.url });
      expect(await check('Page Magic <hello@mail.example.com>')).toMatchObject({ status: 'ok' });
      expect((await check('hello@pending.example.com')).detail).toBe(
        'pending.example.com is pending at Resend: add the DNS records it shows, then verify',
      );
      expect((await check('hello@other.example.com')).detail).toContain(
        'other.example.com (EMAIL_FROM) is not a domain of this Resend account',
      );
      expect((await check('Page Magic <hello@pagemagic.local>')).detail).toContain('still the embedded default');
      expect((await check('hello@mail.example.com', 're_wrong')).detail).toContain('Resend refused RESEND_API_KEY');
      expect(await check('hello@mail.example.com', 're_send')).toMatchObject({ status: 'warning' });
    } finally {
      await resend.close();
    }
  });
});

describe('push keys', () => {
  /**
   * A pair as `web-push generate-vapid-keys` writes it: the private key always 32 bytes. Node's
   * `getPrivateKey()` drops leading zero bytes (one key in 256 comes out 31 bytes long, which once
   * failed this test at random), so the scalar is padded as web-push pads it. `leadingZero` draws
   * until such a key comes up, so that case is checked every run rather than once in 256.
   */
  const pair = ({ leadingZero = false } = {}) => {
    for (;;) {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const scalar = ecdh.getPrivateKey();
      if (leadingZero && scalar.length === 32) continue;
      const privateKey = Buffer.concat([Buffer.alloc(32 - scalar.length), scalar]);
      return { VAPID_PUBLIC_KEY: ecdh.getPublicKey().toString('base64url'), VAPID_PRIVATE_KEY: privateKey.toString('base64url') };
    }
  };
  const base = { VAPID_SUBJECT: 'mailto:ops@example.com', DATABASE_URL: undefined, APP_URL: 'https://app.example.com' };

  it('accepts a real pair and names a malformed or mismatched one', () => {
    const good = pair();
    expect(checkPushKeys({ ...base, ...good }).status).toBe('ok');
    expect(checkPushKeys({ ...base, ...pair({ leadingZero: true }) }).status).toBe('ok');
    expect(checkPushKeys({ ...base, ...good, VAPID_PUBLIC_KEY: 'not-a-key' }).detail).toContain('VAPID_PUBLIC_KEY is malformed');
    expect(checkPushKeys({ ...base, ...good, VAPID_PRIVATE_KEY: 'abc' }).detail).toContain('VAPID_PRIVATE_KEY is malformed');
    expect(checkPushKeys({ ...base, ...good, VAPID_PRIVATE_KEY: pair().VAPID_PRIVATE_KEY }).detail).toBe(
      'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are not one pair',
    );
    expect(checkPushKeys({ ...base, ...good, VAPID_SUBJECT: 'ops@example.com' }).detail).toContain('VAPID_SUBJECT must be');
    expect(checkPushKeys({ ...base, VAPID_PUBLIC_KEY: good.VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: undefined }).detail).toContain(
      'VAPID_PRIVATE_KEY is missing',
    );
    expect(checkPushKeys({ ...base, VAPID_PUBLIC_KEY: undefined, VAPID_PRIVATE_KEY: undefined }).status).toBe('skipped');
  });
});

describe('root domain', () => {
  it('reports resolving names ok and names the missing wildcard', async () => {
    const dns = await startTestDnsServer();
    try {
      const resolver = createResolver([dns.server]);
      const env = { ROOT_DOMAIN: 'sites.example.net', APP_URL: 'https://app.example.com', DNS_RESOLVERS: dns.server };
      const missing = await checkRootDomain(env, { resolver, probeLabel: 'probe' });
      expect(missing.status).toBe('problem');
      expect(missing.detail).toContain('*.sites.example.net does not resolve');
      expect(missing.detail).toContain("the app's host app.example.com (APP_URL) does not resolve");
      dns.set('probe.sites.example.net', { A: ['192.0.2.10'] });
      dns.set('app.example.com', { AAAA: ['2001:db8::1'] });
      expect(await checkRootDomain(env, { resolver, probeLabel: 'probe' })).toMatchObject({ status: 'ok' });
      expect((await checkRootDomain({ ...env, ROOT_DOMAIN: 'localhost:3000', APP_URL: 'http://localhost:3000' })).status).toBe('skipped');
    } finally {
      await dns.close();
    }
  });
});

describe('rate limits', () => {
  it('names half an Upstash configuration and a Redis that does not answer', async () => {
    const none = { UPSTASH_REDIS_REST_URL: undefined, UPSTASH_REDIS_REST_TOKEN: undefined, REDIS_URL: undefined };
    expect((await checkRateLimits({ ...none, UPSTASH_REDIS_REST_URL: 'https://x.upstash.io' })).detail).toContain(
      'UPSTASH_REDIS_REST_TOKEN is missing',
    );
    const down = await checkRateLimits({ ...none, REDIS_URL: 'redis://:pw@127.0.0.1:1' }, { timeoutMs: 3_000 });
    expect(down.detail).toContain('REDIS_URL (redis://127.0.0.1:1) does not answer');
    expect((await checkRateLimits(none)).status).toBe('skipped');
  });

  it.runIf(Boolean(process.env.TEST_REDIS_URL))("reports this machine's Redis ok", async () => {
    expect(
      await checkRateLimits({
        UPSTASH_REDIS_REST_URL: undefined,
        UPSTASH_REDIS_REST_TOKEN: undefined,
        REDIS_URL: process.env.TEST_REDIS_URL,
      }),
    ).toMatchObject({
      status: 'ok',
    });
  });
});

describe('app settings', () => {
  const base = {
    APP_URL: 'https://app.pagemagic.com.br',
    ROOT_DOMAIN: 'pagemagic.site',
    AUTH_SECRET: 'x'.repeat(40),
    DATABASE_URL: 'postgres://db/x',
  };
  it('names sites on the app’s registrable domain, a short or missing secret', () => {
    expect(checkAppConfig(base).status).toBe('ok');
    expect(checkAppConfig({ ...base, ROOT_DOMAIN: 'sites.pagemagic.com.br' }).detail).toContain(
      'shares the registrable domain pagemagic.com.br',
    );
    expect(checkAppConfig({ ...base, AUTH_SECRET: 'short' }).detail).toContain('shorter than 32');
    expect(checkAppConfig({ ...base, AUTH_SECRET: undefined }).detail).toContain('AUTH_SECRET is not set');
  });
  it('names test-only settings on a real database', () => {
    expect(
      checkTestOnlySettings({ DATABASE_URL: 'postgres://db/x', STRIPE_API_BASE: 'http://127.0.0.1:1', RATE_LIMIT_SCALE: 50 }).detail,
    ).toContain('STRIPE_API_BASE, RATE_LIMIT_SCALE');
    expect(checkTestOnlySettings({ DATABASE_URL: 'postgres://db/x', RATE_LIMIT_SCALE: 1 }).status).toBe('ok');
  });
});
