import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { authUsers } from '@/lib/auth/schema';
import { verifyPassword } from '@/lib/auth/password';
import { isImpersonating, type VerifiedClaims } from '@/lib/claims';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { AppError } from '@/lib/errors';
import { flushEvents } from '@/lib/jobs/send-events';
import { forgetSiteHost } from '@/modules/host/resolve-site-host';
import { exportProfile } from '@/modules/accounts/export-profile';
import { unsafeLinkLeadIfSignedUp } from '@/modules/analyzer/link-lead-to-account';
import { unsafeForgetAccountLeads } from '@/modules/analyzer/unsafe-forget-account-leads';
import { cancelAccountBilling } from '@/modules/billing/cancel-account-billing';
import { listProjectsOwnedBy } from '@/modules/projects/list-projects-owned-by';
import { unsafeDeleteReportBlobs, unsafeListReportBlobKeys } from '@/modules/reports/unsafe-report-blobs';
import { unsafeDeleteFileBlobs, unsafeListOwnerBlobKeys } from '@/modules/storage/unsafe-owner-blobs';

export const deleteAccountInput = z.object({
  confirmEmail: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200).optional(),
});

/**
 * Deletes the caller's account for good (LGPD art. 18 VI / GDPR art. 17): the person types their
 * email, and their password when the account has one, so a session left open on a shared
 * computer can't do it. Deleting the auth user cascades through the profile to every project,
 * version, generation, deployment, lead, usage event and stored file; the leads they left on the
 * URL analyzer under their proven address are deleted with it; the sites go offline at once
 * (their hosts stop resolving) and the files' and monthly reports' bytes are deleted from storage. The audit log keeps
 * one line that an account was deleted, without the email. An admin acting as the client can't:
 * the client has to choose this themselves.
 *
 * Billing: every subscription is cancelled in Stripe first (usage so far invoiced); when that
 * cannot be done nothing is deleted, so no card keeps being charged for a deleted account.
 */
export async function deleteAccount(claims: VerifiedClaims, raw: z.input<typeof deleteAccountInput>): Promise<{ projects: number }> {
  if (isImpersonating(claims)) throw new AppError('FORBIDDEN', 'errors.privacy.notWhileImpersonating');
  const input = deleteAccountInput.parse(raw);
  const { profile } = await exportProfile(claims);
  if (input.confirmEmail !== profile.email.toLowerCase())
    throw new AppError('VALIDATION', 'errors.privacy.confirmEmailMismatch', { details: { field: 'confirmEmail' } });

  const db = await unsafeSystemDb('deleting an account removes its auth user, which only system code may touch');
  const [user] = await db.select({ password: authUsers.encryptedPassword }).from(authUsers).where(eq(authUsers.id, claims.sub));
  if (user?.password && !(await verifyPassword(input.password ?? '', user.password)))
    throw new AppError('VALIDATION', 'errors.privacy.wrongPassword', { details: { field: 'password' } });

  await cancelAccountBilling(claims);
  const projects = await listProjectsOwnedBy(claims, [claims.sub]);
  const blobs = await unsafeListOwnerBlobKeys(claims.sub);
  const reportPdfs = await unsafeListReportBlobKeys(claims.sub);
  // Analyzer leads of this address not linked yet (the sweep is hourly) are linked first, so the
  // deletion below reaches them; an unproven address links nothing.
  await unsafeLinkLeadIfSignedUp(profile.email);
  await db.transaction(async (tx) => {
    await unsafeForgetAccountLeads(tx, claims.sub);
    await tx.execute(
      sql`select private.write_audit(${claims.sub}::uuid, ${claims.sub}::uuid, 'account.delete', 'user_profiles', ${claims.sub}, ${JSON.stringify({ projects: projects.length })}::jsonb)`,
    );
    await tx.delete(authUsers).where(eq(authUsers.id, claims.sub));
  });
  // The CRM erasure queued with the leads' deletion (see unsafeForgetAccountLeads).
  await flushEvents();
  for (const project of projects) forgetSiteHost(project.slug);
  await unsafeDeleteFileBlobs(blobs);
  await unsafeDeleteReportBlobs(reportPdfs);
  return { projects: projects.length };
}
