import type { Locale } from '@/lib/i18n/translate';
import { createTranslator } from 'next-intl';
import { emailIntl } from '../email-intl';
import { renderEmail, type RenderedEmail } from '../render-email';
import { ActionEmail } from './email-layout';

/**
 * "Confirm your subscription": sent to a visitor who signed up to a published site's newsletter
 * (double opt-in). `site` is the site's address; the visitor is subscribed only after opening the
 * link, and nothing happens if they ignore the mail.
 */
export async function newsletterConfirmEmail(input: { locale: Locale; url: string; site: string }): Promise<RenderedEmail> {
  const t = createTranslator({ ...emailIntl(input.locale), namespace: 'emails' });
  const { site } = input;
  return renderEmail(
    t('newsletterConfirm.subject', { site }),
    <ActionEmail
      lang={input.locale}
      preview={t('newsletterConfirm.preview', { site })}
      heading={t('newsletterConfirm.heading')}
      intro={t('newsletterConfirm.intro', { site })}
      cta={t('newsletterConfirm.cta')}
      url={input.url}
      linkFallback={t('linkFallback')}
      footer={t('newsletterConfirm.footer')}
    />,
  );
}
