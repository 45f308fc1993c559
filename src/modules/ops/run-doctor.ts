import type { Resolver } from 'node:dns/promises';
import type Stripe from 'stripe';
import type { Env } from '@/lib/env';
import { checkAppConfig } from './check-app-config';
import { checkDatabase } from './check-database';
import { checkEmailSender } from './check-email';
import { checkInngest } from './check-inngest';
import { checkPushKeys } from './check-push-keys';
import { checkRateLimits } from './check-rate-limits';
import { checkRequestRole } from './check-request-role';
import { checkRootDomain } from './check-root-domain';
import { checkStorageBuckets, checkSupabaseAuth } from './check-supabase';
import { checkStripeCatalogue, checkStripeWebhookSecret } from './check-stripe';
import { checkTestOnlySettings } from './check-test-only-settings';
import { describeFailure, problem, type CheckResult } from './doctor-check';
import type { DoctorDb } from './open-doctor-db';

/** Where a test points the checks: loopback stand-ins instead of the real services. */
export type DoctorDeps = {
  fetch?: typeof fetch;
  openDb?: (url: string) => Promise<DoctorDb>;
  migrationsDir?: string;
  stripe?: Stripe;
  resendBaseUrl?: string;
  resolver?: Resolver;
  rootDomainProbeLabel?: string;
  timeoutMs?: number;
};

// Values that must never reach the terminal, whatever a library puts in an error message.
const SECRET_NAME = /(KEY|SECRET|TOKEN|PASSWORD|DSN)$/;
const URL_WITH_CREDENTIALS = /(DATABASE_URL|DATABASE_REQUEST_URL|REDIS_URL)$/;

function secretsOf(env: Env): string[] {
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (typeof value !== 'string' || value.length < 6) continue;
    if (SECRET_NAME.test(name)) secrets.push(value);
    if (URL_WITH_CREDENTIALS.test(name)) {
      // A connection URL is printable by its origin; its password never, nor the URL holding it.
      try {
        const { password } = new URL(value);
        if (password) secrets.push(value, password, decodeURIComponent(password));
      } catch {
        secrets.push(value);
      }
    }
  }
  return secrets.sort((a, b) => b.length - a.length);
}

/** Replaces every secret's value in a line by `***`. */
export function maskSecrets(text: string, env: Env): string {
  return secretsOf(env).reduce((masked, secret) => masked.split(secret).join('***'), text);
}

/** Every check, in the order a deployment creates things (docs/deploy.md); none throws. */
export async function runDoctor(env: Env, deps: DoctorDeps = {}): Promise<CheckResult[]> {
  const net = { fetch: deps.fetch, timeoutMs: deps.timeoutMs };
  const checks: Array<[string, () => CheckResult | Promise<CheckResult>]> = [
    ['app', () => checkAppConfig(env)],
    ['test-only settings', () => checkTestOnlySettings(env)],
    ['database', () => checkDatabase(env, { open: deps.openDb, migrationsDir: deps.migrationsDir, timeoutMs: deps.timeoutMs })],
    ['database request role', () => checkRequestRole(env, { open: deps.openDb, timeoutMs: deps.timeoutMs })],
    ['auth', () => checkSupabaseAuth(env, net)],
    ['storage', () => checkStorageBuckets(env, net)],
    ['jobs', () => checkInngest(env, net)],
    ['payments', () => checkStripeCatalogue(env, { stripe: deps.stripe })],
    ['webhook secret', () => checkStripeWebhookSecret(env)],
    ['email', () => checkEmailSender(env, { baseUrl: deps.resendBaseUrl })],
    ['rate limits', () => checkRateLimits(env, { timeoutMs: deps.timeoutMs })],
    ['push', () => checkPushKeys(env)],
    ['root domain', () => checkRootDomain(env, { resolver: deps.resolver, probeLabel: deps.rootDomainProbeLabel })],
  ];
  const results: CheckResult[] = [];
  for (const [name, run] of checks) {
    // A check that throws is a bug of the doctor, reported as that check's problem, not a crash.
    const result = await Promise.resolve()
      .then(run)
      .catch((err: unknown) => problem(name, `the check itself failed: ${describeFailure(err)}`));
    results.push({ ...result, detail: maskSecrets(result.detail, env) });
  }
  return results;
}

const MARK = { ok: 'ok     ', problem: 'PROBLEM', warning: 'warning', skipped: 'skipped' } as const;

/** One line per check: `ok      database: reachable, all 52 migrations applied`. */
export function formatDoctorReport(results: readonly CheckResult[]): string {
  const lines = results.map((r) => `${MARK[r.status]}  ${r.check}: ${r.detail}`);
  const problems = results.filter((r) => r.status === 'problem').length;
  lines.push('', problems ? `${problems} problem${problems === 1 ? '' : 's'} to fix.` : 'No problems found.');
  return lines.join('\n');
}

/** Non-zero when any check found a problem (warnings and skipped checks pass). */
export function doctorExitCode(results: readonly CheckResult[]): number {
  return results.some((r) => r.status === 'problem') ? 1 : 0;
}
