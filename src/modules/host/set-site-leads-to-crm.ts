import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { siteLeadRouting } from './schema';

export const setSiteLeadsToCrmInput = z.object({ projectId: z.uuid(), leadsToCrm: z.boolean() }).strict();
export type SetSiteLeadsToCrmInput = z.input<typeof setSiteLeadsToCrmInput>;

/**
 * The site's owner switches the CRM on or off for its leads. RLS decides who may (the project's
 * owner, an admin with a second factor): for anyone else the update touches no row, and that is
 * a NOT_FOUND, the same answer as for a project that does not exist.
 */
export async function setSiteLeadsToCrm(claims: VerifiedClaims, raw: SetSiteLeadsToCrmInput): Promise<{ leadsToCrm: boolean }> {
  const input = setSiteLeadsToCrmInput.parse(raw);
  const rows = await withRls(claims, (tx) =>
    tx
      .update(siteLeadRouting)
      .set({ leadsToCrm: input.leadsToCrm })
      .where(eq(siteLeadRouting.projectId, input.projectId))
      .returning({ leadsToCrm: siteLeadRouting.leadsToCrm }),
  );
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'errors.common.notFound');
  return rows[0]!;
}
