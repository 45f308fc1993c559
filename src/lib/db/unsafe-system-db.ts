import { getDb, type Db } from './client';

/**
 * The privileged connection: it bypasses RLS. Only system code may use it —
 * auth adapters (managing auth.users and tokens), webhooks, jobs, seeding —
 * and each caller states why at the call site through `reason`, which also
 * makes every use greppable.
 */
export async function unsafeSystemDb(reason: string): Promise<Db> {
  if (!reason.trim()) throw new Error('unsafeSystemDb needs a reason');
  return getDb();
}
