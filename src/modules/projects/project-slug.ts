import { eq } from 'drizzle-orm';
import type { Tx } from '@/lib/db/with-rls';
import { projects } from './schema';

/**
 * A project's address, inside a transaction the caller already runs under RLS (so it returns
 * nothing for a project the caller can't see). For modules composing one transaction, like the
 * host's rollback, which must forget the address's cache entry.
 */
export async function projectSlugIn(tx: Tx, projectId: string): Promise<string | null> {
  const [row] = await tx.select({ slug: projects.slug }).from(projects).where(eq(projects.id, projectId));
  return row?.slug ?? null;
}
