import { eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { projectMembers } from './schema';

/**
 * Everyone on a project's team (owner, editors, viewers), for system code that tells them about
 * the project — the notification delivery job. Privileged: a job has no session; it returns ids
 * only, of the one project it was handed.
 */
export async function unsafeListProjectMemberIds(projectId: string): Promise<string[]> {
  const db = await unsafeSystemDb('the notification job finds who works on the project an event is about');
  const rows = await db.select({ userId: projectMembers.userId }).from(projectMembers).where(eq(projectMembers.projectId, projectId));
  return rows.map((row) => row.userId);
}
