import { sendEmail } from '@/lib/email/send-email';
import { siteLiveEmail } from '@/lib/email/templates/site-live-email';
import { unsafeGetContact } from '@/modules/accounts/unsafe-get-contact';

/** Emails the owner that their site is live (the `site.published` notification), in their language. */
export async function notifySitePublished(input: {
  projectId: string;
  ownerId: string;
  url: string;
  version: number;
  /** The name visitors see in the site's header; absent for a site without one. */
  siteName?: string;
}): Promise<{ emailed: boolean }> {
  const owner = await unsafeGetContact(input.ownerId);
  if (!owner) return { emailed: false };
  const email = await siteLiveEmail({ locale: owner.locale, url: input.url, version: input.version, siteName: input.siteName });
  await sendEmail({ to: owner.email, userId: input.ownerId, template: 'site_published', ...email });
  return { emailed: true };
}
