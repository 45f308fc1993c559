import { sendEmail } from '@/lib/email/send-email';
import { domainEmail, type DomainEmailKind } from '@/lib/email/templates/domain-email';
import { getEnv } from '@/lib/env';
import { unsafeGetContact } from '@/modules/accounts/unsafe-get-contact';

/** Emails a domain's owner about its lifecycle, in their language, with a link to Domains. */
export async function notifyDomainOwner(input: {
  ownerId: string;
  kind: DomainEmailKind;
  displayName: string;
}): Promise<{ emailed: boolean }> {
  const owner = await unsafeGetContact(input.ownerId);
  if (!owner) return { emailed: false };
  const url = new URL('/dashboard/domains', getEnv().APP_URL).toString();
  const email = await domainEmail({ locale: owner.locale, kind: input.kind, domain: input.displayName, url });
  await sendEmail({ to: owner.email, userId: input.ownerId, template: `domain_${input.kind}`, ...email });
  return { emailed: true };
}
