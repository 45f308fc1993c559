import type { Env } from '@/lib/env';
import { openDoctorDb, type DoctorDb } from './open-doctor-db';
import { describeFailure, ok, problem, skipped, warning, withTimeout, type CheckResult } from './doctor-check';

/**
 * DATABASE_REQUEST_URL, the request path's login (README, "Database roles"): it must answer and
 * must not be a role that can skip row-level security — the point of it is that SQL injected
 * inside withRls cannot `reset role` into privileges.
 */
export async function checkRequestRole(
  env: Pick<Env, 'DATABASE_URL' | 'DATABASE_REQUEST_URL'>,
  options: { open?: (url: string) => Promise<DoctorDb>; timeoutMs?: number } = {},
): Promise<CheckResult> {
  const name = 'database request role';
  if (!env.DATABASE_REQUEST_URL) {
    if (!env.DATABASE_URL) return skipped(name, 'embedded database: requests use its one connection');
    return warning(
      name,
      "DATABASE_REQUEST_URL is not set: requests share DATABASE_URL's privileged login (set it to the authenticator role)",
    );
  }
  let db: DoctorDb | undefined;
  try {
    db = await (options.open ?? openDoctorDb)(env.DATABASE_REQUEST_URL);
    const [role] = await withTimeout(
      db.query<{ name: string; is_super: boolean; bypasses_rls: boolean }>(
        'select current_user as name, rolsuper as is_super, rolbypassrls as bypasses_rls from pg_roles where rolname = current_user',
      ),
      options.timeoutMs ?? 10_000,
      'the request database login',
    );
    if (!role) return problem(name, 'DATABASE_REQUEST_URL answers, but its role could not be read');
    if (role.is_super || role.bypasses_rls) {
      return problem(name, `DATABASE_REQUEST_URL logs in as ${role.name}, which skips row-level security: use the authenticator role`);
    }
    return ok(name, `DATABASE_REQUEST_URL logs in as ${role.name} (no superuser, no RLS bypass)`);
  } catch (err) {
    return problem(name, `DATABASE_REQUEST_URL does not answer: ${describeFailure(err)}`);
  } finally {
    await db?.close().catch(() => {});
  }
}
