import { describeAdapters, type Env } from '@/lib/env';
import { describeFailure, ok, printableOrigin, problem, skipped, warning, type CheckResult } from './doctor-check';

type InngestEnv = Pick<Env, 'INNGEST_EVENT_KEY' | 'INNGEST_SIGNING_KEY' | 'INNGEST_DEV' | 'INNGEST_BASE_URL'>;

// Inngest Cloud's keys read `signkey-prod-<hex>`; a self-hosted server (`inngest start`) takes the
// bare hex. The SDK strips the prefix and decodes the hex, so either must be an even run of hex.
const SIGNING_KEY = /^(signkey-[a-z]+-)?([0-9a-f]{2})+$/i;

/**
 * The job engine: with INNGEST_EVENT_KEY the app sends events to Inngest (Cloud, or the server at
 * INNGEST_BASE_URL) and Inngest calls /api/inngest signed with INNGEST_SIGNING_KEY, which the SDK
 * requires outside dev mode. A self-hosted server is asked for its /health.
 */
export async function checkInngest(env: InngestEnv, options: { fetch?: typeof fetch; timeoutMs?: number } = {}): Promise<CheckResult> {
  const name = 'jobs (Inngest)';
  if (describeAdapters(env as Env).jobs === 'embedded') {
    if (env.INNGEST_SIGNING_KEY || env.INNGEST_BASE_URL) {
      return problem(name, 'INNGEST_SIGNING_KEY or INNGEST_BASE_URL is set without INNGEST_EVENT_KEY: the embedded runner runs the jobs');
    }
    return skipped(name, 'not configured: the embedded runner over the database runs the jobs');
  }
  if (env.INNGEST_DEV && !env.INNGEST_EVENT_KEY) {
    return warning(name, 'INNGEST_DEV: jobs go to a local Inngest dev server, which is for development only');
  }
  if (!env.INNGEST_SIGNING_KEY) {
    return problem(name, "INNGEST_SIGNING_KEY is missing: Inngest's calls to /api/inngest cannot be verified and the SDK refuses them");
  }
  if (!SIGNING_KEY.test(env.INNGEST_SIGNING_KEY)) {
    return problem(name, 'INNGEST_SIGNING_KEY is malformed: signkey-prod-… from Inngest Cloud, or the hex key given to `inngest start`');
  }
  if (env.INNGEST_DEV) return warning(name, 'INNGEST_DEV is set next to production keys: unset it, or the SDK talks to a dev server');
  if (!env.INNGEST_BASE_URL) return ok(name, 'Inngest Cloud: event and signing keys set (Inngest checks them when it syncs /api/inngest)');
  try {
    const response = await (options.fetch ?? fetch)(`${env.INNGEST_BASE_URL.replace(/\/+$/, '')}/health`, {
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    if (!response.ok)
      return problem(name, `the Inngest server at ${printableOrigin(env.INNGEST_BASE_URL)} answered ${response.status} on /health`);
    return ok(name, `self-hosted Inngest at ${printableOrigin(env.INNGEST_BASE_URL)} is up; keys set`);
  } catch (err) {
    return problem(name, `the Inngest server at ${printableOrigin(env.INNGEST_BASE_URL)} does not answer: ${describeFailure(err)}`);
  }
}
