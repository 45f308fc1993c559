import { createTranslator } from 'next-intl';
import { emailIntl } from '@/lib/email/email-intl';
import type { RenderedEmail } from '@/lib/email/render-email';
import { domainEmail } from '@/lib/email/templates/domain-email';
import type { ActionEmailProps } from '@/lib/email/templates/email-layout';
import { siteLiveEmail } from '@/lib/email/templates/site-live-email';
import type { Locale } from '@/lib/i18n/translate';
import { DOMAIN_REASONS, type DomainReason, type NotificationKind } from '../events';
import { KIND_SELECTOR, type NotificationParams } from '../describe-notification';
import { notificationEmail } from './notification-email';

export type NotificationMail = RenderedEmail & { template: string };

/**
 * The mail of a notification. Kinds that had their own mail before notifications existed keep it
 * ("Your site is live", the domain lifecycle mails: their copy is more specific than the generic
 * one); every other kind uses the generic notification mail. Every one carries the footer with the
 * unsubscribe link of its kind.
 */
export async function buildNotificationEmail(input: {
  locale: Locale;
  kind: NotificationKind;
  params: NotificationParams;
  url: string;
  unsubscribeUrl: string;
  settingsUrl: string;
}): Promise<NotificationMail> {
  const e = createTranslator({ ...emailIntl(input.locale), namespace: 'emails' });
  const t = createTranslator({ ...emailIntl(input.locale), namespace: 'notifications' });
  const unsubscribe: ActionEmailProps['unsubscribe'] = {
    why: e('notifications.why', { kind: t('preferences.kind', { kind: KIND_SELECTOR[input.kind] }) }),
    label: e('notifications.unsubscribe'),
    url: input.unsubscribeUrl,
    manageLabel: e('notifications.manage'),
    manageUrl: input.settingsUrl,
  };
  const { params } = input;
  if (input.kind === 'site.published' && typeof params.url === 'string' && typeof params.version === 'number') {
    const siteName = typeof params.siteName === 'string' && params.siteName ? params.siteName : undefined;
    const mail = await siteLiveEmail({ locale: input.locale, url: params.url, version: params.version, siteName, unsubscribe });
    return { ...mail, template: 'site_published' };
  }
  const reason = params.reason as DomainReason;
  if (input.kind === 'domain.needs_attention' && DOMAIN_REASONS.includes(reason) && typeof params.domainName === 'string') {
    const mail = await domainEmail({ locale: input.locale, kind: reason, domain: params.domainName, url: input.url, unsubscribe });
    return { ...mail, template: `domain_${reason}` };
  }
  const mail = await notificationEmail({ ...input, unsubscribe });
  return { ...mail, template: `notification_${input.kind}` };
}
