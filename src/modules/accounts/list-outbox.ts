import { desc, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import { emailOutbox } from '@/lib/email/schema';
import { AppError } from '@/lib/errors';
import { assertAdmin } from './require-admin-claims';

/**
 * Mails whose text carries a one-time secret (a sign-in, reset, confirmation or invitation link;
 * a site visitor's newsletter confirmation link).
 */
const SECRET_TEMPLATES = new Set(['magic_link', 'password_reset', 'email_confirmation', 'project_invitation', 'newsletter_confirm']);

/**
 * The outbox as an admin sees it: who was sent what and whether it went, with link secrets
 * masked by the database (the bodies themselves are not granted to the request role).
 */
export async function listOutbox(claims: VerifiedClaims, input: { limit?: number } = {}) {
  const rows = await withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    return tx
      .select({
        id: emailOutbox.id,
        toAddress: emailOutbox.toAddress,
        template: emailOutbox.template,
        subject: emailOutbox.subject,
        provider: emailOutbox.provider,
        status: emailOutbox.status,
        createdAt: emailOutbox.createdAt,
        textRedacted: emailOutbox.textRedacted,
      })
      .from(emailOutbox)
      .orderBy(desc(emailOutbox.createdAt))
      .limit(Math.min(input.limit ?? 50, 200));
  });
  return rows.map((row) => ({ ...row, hasSecret: SECRET_TEMPLATES.has(row.template) && row.textRedacted !== null }));
}

export const revealOutboxMailInput = z.object({ id: z.uuid() });

/**
 * The full text of one mail, links included, for an admin helping someone whose mail never
 * arrived. Reading it is audited by the database function that returns it (`outbox.reveal`),
 * like impersonation: the link would let the admin act as the recipient.
 */
export async function revealOutboxMail(claims: VerifiedClaims, input: z.input<typeof revealOutboxMailInput>): Promise<string> {
  const { id } = revealOutboxMailInput.parse(input);
  const text = await withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    const [row] = rowsOf<{ text: string | null }>(await tx.execute(sql`select private.reveal_outbox_mail(${id}::uuid) as text`));
    return row?.text ?? null;
  });
  if (text === null) throw new AppError('NOT_FOUND', 'errors.accounts.mailNotFound');
  return text;
}
