import { createTranslator } from 'next-intl';
import { emailIntl } from '@/lib/email/email-intl';
import { renderEmail, type RenderedEmail } from '@/lib/email/render-email';
import { ActionEmail } from '@/lib/email/templates/email-layout';
import type { Locale } from '@/lib/i18n/translate';

/** "Your report for November 2026", with the PDF attached by the caller. `name` is the client's own text: React escapes it. */
export async function reportEmail(input: { locale: Locale; name: string; month: string; url: string }): Promise<RenderedEmail> {
  const t = createTranslator({ ...emailIntl(input.locale), namespace: 'reports.email' });
  return renderEmail(
    t('subject', { month: input.month }),
    <ActionEmail
      lang={input.locale}
      preview={t('heading', { month: input.month })}
      heading={t('heading', { month: input.month })}
      intro={t('intro', { name: input.name, month: input.month })}
      cta={t('cta')}
      url={input.url}
      linkFallback={t('linkFallback')}
      footer={t('footer')}
    />,
  );
}
