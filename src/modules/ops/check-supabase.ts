import type { Env } from '@/lib/env';
import { SUPABASE_STORAGE_BUCKET } from '@/lib/storage/get-blob-store';
import { SUPABASE_USER_FILES_BUCKET } from '@/lib/storage/get-file-store';
import { describeFailure, ok, printableOrigin, problem, skipped, type CheckResult } from './doctor-check';

type SupabaseEnv = Pick<Env, 'NEXT_PUBLIC_SUPABASE_URL' | 'NEXT_PUBLIC_SUPABASE_ANON_KEY' | 'SUPABASE_SERVICE_ROLE_KEY'>;
type FetchOptions = { fetch?: typeof fetch; timeoutMs?: number };

/** The `role` inside a legacy JWT key (anon / service_role), read without verifying: only to catch swapped keys. */
function legacyKeyRole(key: string): string | undefined {
  const payload = key.split('.')[1];
  if (!payload) return undefined;
  try {
    const role: unknown = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { role?: unknown }).role;
    return typeof role === 'string' ? role : undefined;
  } catch {
    return undefined;
  }
}

const isSecretKey = (key: string) => key.startsWith('sb_secret_') || legacyKeyRole(key) === 'service_role';

/**
 * Supabase Auth: URL and anon (publishable) key set together, the key accepted by the project's
 * Auth API (`GET /auth/v1/settings`, which the API gateway refuses with 401 for a wrong key), and
 * never a secret key in the NEXT_PUBLIC_ variable that every browser receives.
 */
export async function checkSupabaseAuth(env: SupabaseEnv, options: FetchOptions = {}): Promise<CheckResult> {
  const name = 'auth (Supabase)';
  const url = env.NEXT_PUBLIC_SUPABASE_URL;
  const key = env.NEXT_PUBLIC_SUPABASE_ANON_KEY;
  if (!url && !key) return skipped(name, 'not configured: the local email + password auth');
  if (!url || !key)
    return problem(name, `${url ? 'NEXT_PUBLIC_SUPABASE_ANON_KEY' : 'NEXT_PUBLIC_SUPABASE_URL'} is missing: set both, or neither`);
  if (isSecretKey(key)) {
    return problem(
      name,
      'NEXT_PUBLIC_SUPABASE_ANON_KEY holds a secret (service role) key, which browsers would receive: use the anon / publishable key',
    );
  }
  try {
    const response = await (options.fetch ?? fetch)(`${url.replace(/\/+$/, '')}/auth/v1/settings`, {
      headers: { apikey: key },
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    if (response.status === 401 || response.status === 403) {
      return problem(
        name,
        `${printableOrigin(url)} refused NEXT_PUBLIC_SUPABASE_ANON_KEY (${response.status}): copy the project's anon / publishable key`,
      );
    }
    if (!response.ok) return problem(name, `${printableOrigin(url)}/auth/v1/settings answered ${response.status}`);
    return ok(name, `${printableOrigin(url)} accepts the anon key`);
  } catch (err) {
    return problem(name, `${printableOrigin(url)} does not answer: ${describeFailure(err)}`);
  }
}

/**
 * Supabase Storage: both buckets the app writes (`site-files` for built sites, `user-files` for
 * clients' uploads) exist and are private — files are served by the app under RLS, never by a
 * public bucket URL. Read with the service role key, as the storage adapters do.
 */
export async function checkStorageBuckets(env: SupabaseEnv, options: FetchOptions = {}): Promise<CheckResult> {
  const name = 'storage buckets';
  const url = env.NEXT_PUBLIC_SUPABASE_URL;
  const key = env.SUPABASE_SERVICE_ROLE_KEY;
  if (!key) return skipped(name, 'SUPABASE_SERVICE_ROLE_KEY is not set: files are kept under DATA_DIR');
  if (!url) return problem(name, 'SUPABASE_SERVICE_ROLE_KEY is set but NEXT_PUBLIC_SUPABASE_URL is not');
  const found: string[] = [];
  const wrong: string[] = [];
  for (const bucket of [SUPABASE_STORAGE_BUCKET, SUPABASE_USER_FILES_BUCKET]) {
    try {
      const response = await (options.fetch ?? fetch)(`${url.replace(/\/+$/, '')}/storage/v1/bucket/${encodeURIComponent(bucket)}`, {
        headers: { apikey: key, authorization: `Bearer ${key}` },
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      const body = (await response.json().catch(() => ({}))) as { public?: unknown; statusCode?: unknown };
      // Storage answers a missing bucket with 404, or (older versions) 400 with statusCode "404".
      if (response.status === 404 || String(body.statusCode) === '404') wrong.push(`bucket ${bucket} does not exist (create it, private)`);
      else if (response.status === 401 || response.status === 403)
        return problem(name, `${printableOrigin(url)} refused SUPABASE_SERVICE_ROLE_KEY (${response.status})`);
      else if (!response.ok) wrong.push(`bucket ${bucket}: storage answered ${response.status}`);
      else if (body.public === true) wrong.push(`bucket ${bucket} is public: make it private`);
      else found.push(bucket);
    } catch (err) {
      return problem(name, `${printableOrigin(url)} storage does not answer: ${describeFailure(err)}`);
    }
  }
  return wrong.length ? problem(name, wrong.join('; ')) : ok(name, `private buckets ${found.join(' and ')} exist`);
}
