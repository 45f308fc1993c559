import type { Locale } from '@/lib/i18n/translate';
import { createTranslator } from 'next-intl';
import { getEnv } from '@/lib/env';
import { emailIntl } from '../email-intl';
import { renderEmail, type RenderedEmail } from '../render-email';
import { ActionEmail } from './email-layout';

export type AuthEmailTemplate = 'magic_link' | 'password_reset' | 'email_confirmation';

/** A one-time link mail of the auth flows, in the person's language. */
export async function authEmail(
  template: AuthEmailTemplate,
  url: string,
  locale: Locale,
): Promise<RenderedEmail & { template: AuthEmailTemplate }> {
  const t = createTranslator({ ...emailIntl(locale), namespace: 'emails' });
  const copy =
    template === 'magic_link'
      ? {
          subject: t('magicLink.subject'),
          preview: t('magicLink.preview'),
          heading: t('magicLink.heading'),
          intro: t('magicLink.intro'),
          cta: t('magicLink.cta'),
        }
      : template === 'password_reset'
        ? {
            subject: t('passwordReset.subject'),
            preview: t('passwordReset.preview'),
            heading: t('passwordReset.heading'),
            intro: t('passwordReset.intro'),
            cta: t('passwordReset.cta'),
          }
        : {
            subject: t('confirmEmail.subject'),
            preview: t('confirmEmail.preview'),
            heading: t('confirmEmail.heading'),
            intro: t('confirmEmail.intro'),
            cta: t('confirmEmail.cta'),
          };
  const rendered = await renderEmail(
    copy.subject,
    <ActionEmail lang={locale} {...copy} url={url} linkFallback={t('linkFallback')} footer={t('footer')} />,
  );
  return { template, ...rendered };
}

/**
 * Sent instead of a confirmation when someone signs up with an address that already has an
 * account: the sign-up page says the same thing either way ("check your email"), so only the
 * address's owner learns the account exists.
 */
export async function accountExistsEmail(locale: Locale): Promise<RenderedEmail & { template: 'sign_up_existing' }> {
  const t = createTranslator({ ...emailIntl(locale), namespace: 'emails' });
  const rendered = await renderEmail(
    t('accountExists.subject'),
    <ActionEmail
      lang={locale}
      preview={t('accountExists.preview')}
      heading={t('accountExists.heading')}
      intro={t('accountExists.intro')}
      cta={t('accountExists.cta')}
      url={new URL('/sign-in', getEnv().APP_URL).toString()}
      linkFallback={t('linkFallback')}
      footer={t('footer')}
    />,
  );
  return { template: 'sign_up_existing', ...rendered };
}
