import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resetEnvCache } from '@/lib/env';

/**
 * Points the embedded auth at a throw-away DATA_DIR (the generated
 * auth-secret file lands there, not in the repository's .data/) and makes
 * sure no AUTH_SECRET or Supabase configuration leaks in from the shell.
 * Returns a restore function for afterAll.
 */
export function useTempAuthEnv(overrides: Record<string, string | undefined> = {}): { dataDir: string; restore: () => void } {
  const keys = [
    'DATA_DIR',
    'AUTH_SECRET',
    'NEXT_PUBLIC_SUPABASE_URL',
    'NEXT_PUBLIC_SUPABASE_ANON_KEY',
    'APP_URL',
    'RESEND_API_KEY',
    ...Object.keys(overrides),
  ];
  const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pm-auth-test-'));
  process.env.DATA_DIR = dataDir;
  for (const k of ['AUTH_SECRET', 'NEXT_PUBLIC_SUPABASE_URL', 'NEXT_PUBLIC_SUPABASE_ANON_KEY', 'APP_URL', 'RESEND_API_KEY'])
    delete process.env[k];
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
  return {
    dataDir,
    restore: () => {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      resetEnvCache();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
