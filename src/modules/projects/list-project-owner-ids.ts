import { lt } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/with-rls';
import { projects } from './schema';

/** Accounts that owned at least one project created before `createdBefore` (as far as `tx` may see). */
export async function listProjectOwnerIds(tx: Tx | Db, input: { createdBefore: Date }): Promise<string[]> {
  const rows = await tx.selectDistinct({ ownerId: projects.ownerId }).from(projects).where(lt(projects.createdAt, input.createdBefore));
  return rows.map((row) => row.ownerId);
}
