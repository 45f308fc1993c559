import type { Locale } from '@/lib/i18n/translate';
import { createTranslator } from 'next-intl';
import { emailIntl } from '../email-intl';
import { renderEmail, type RenderedEmail } from '../render-email';
import { ActionEmail, type ActionEmailProps } from './email-layout';

/**
 * "Your site is live": sent to the owner when a deployment goes live (host's site.published
 * notification). `siteName` is the owner's own text: React escapes it in the HTML.
 */
export async function siteLiveEmail(input: {
  locale: Locale;
  url: string;
  version: number;
  siteName?: string;
  unsubscribe?: ActionEmailProps['unsubscribe'];
}): Promise<RenderedEmail> {
  const t = createTranslator({ ...emailIntl(input.locale), namespace: 'emails' });
  const { version, siteName } = input;
  const subject = siteName ? t('siteLive.subjectNamed', { siteName }) : t('siteLive.subject');
  return renderEmail(
    subject,
    <ActionEmail
      lang={input.locale}
      preview={t('siteLive.preview', { version })}
      heading={t('siteLive.heading')}
      intro={siteName ? t('siteLive.introNamed', { version, siteName }) : t('siteLive.intro', { version })}
      cta={t('siteLive.cta')}
      url={input.url}
      linkFallback={t('linkFallback')}
      footer={t('footer')}
      unsubscribe={input.unsubscribe}
    />,
  );
}
