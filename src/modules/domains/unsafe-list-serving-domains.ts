import { and, inArray, ne } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { isDomainServing } from './domain-status';
import { domains } from './schema';

export type ServingDomain = { projectId: string; name: string; isPrimary: boolean };

/**
 * The custom domains that answer for these projects now (live, or failing within their grace
 * period), for monitoring crons (uptime checks every address a site is served at). Privileged: a
 * cron has no session and looks at every client's sites; domain names that serve are public.
 */
export async function unsafeListServingDomains(projectIds: readonly string[], now = new Date()): Promise<ServingDomain[]> {
  if (projectIds.length === 0) return [];
  const db = await unsafeSystemDb('a monitoring cron lists the custom domains every live site answers at');
  const rows = await db
    .select({
      projectId: domains.projectId,
      name: domains.name,
      status: domains.status,
      failingSince: domains.failingSince,
      isPrimary: domains.isPrimary,
    })
    .from(domains)
    .where(and(inArray(domains.projectId, [...projectIds]), ne(domains.status, 'waiting')));
  return rows
    .filter((row) => isDomainServing(row, now))
    .map((row) => ({ projectId: row.projectId, name: row.name, isPrimary: row.isPrimary }))
    .sort((a, b) => a.projectId.localeCompare(b.projectId) || a.name.localeCompare(b.name));
}
