import { eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { sendEmail } from '@/lib/email/send-email';
import { userProfiles } from '@/modules/accounts/schema';
import { escapeHtml } from '@/modules/render/escape-html';


/** Emails the owner that their site is live (the `site.published` notification). */
export async function notifySitePublished(input: { projectId: string; ownerId: string; url: string; version: number }): Promise<{ emailed: boolean }> {
  const db = await unsafeSystemDb('the publish job reads the owner’s email and locale to notify them');
  const [owner] = await db.select({ email: userProfiles.email, locale: userProfiles.locale }).from(userProfiles).where(eq(userProfiles.id, input.ownerId));
  if (!owner?.email) return { emailed: false };
  const pt = owner.locale === 'pt-BR';
  const subject = pt ? 'Seu site está no ar 🎉' : 'Your site is live 🎉';
  const text = pt
    ? `A versão ${input.version} do seu site foi publicada: ${input.url}\n`
    : `Version ${input.version} of your site is published: ${input.url}\n`;
  await sendEmail({
    to: owner.email,
    userId: input.ownerId,
    template: 'site_published',
    subject,
    text,
    html: `<p>${escapeHtml(text.split(':')[0] ?? '')}: <a href="${escapeHtml(input.url)}">${escapeHtml(input.url)}</a></p>`,
  });
  return { emailed: true };
}
