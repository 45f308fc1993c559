import type { Locale } from '@/lib/i18n/translate';
import { createTranslator } from 'next-intl';
import { emailIntl } from '../email-intl';
import { renderEmail, type RenderedEmail } from '../render-email';
import { ActionEmail, type ActionEmailProps } from './email-layout';

export type DomainEmailKind = 'waitingReminder' | 'removed' | 'failing' | 'stopped' | 'released';

/**
 * The custom-domain lifecycle emails (domains module): DNS still missing (day 2 and 7), removed
 * after 30 days waiting, a live domain misconfigured for 3 days, no longer served after 14, and
 * ownership proven by another account. `domain` is shown in Unicode; the button opens Domains.
 */
// Whole keys (not built from `kind`), so the catalog test sees each one used.
const KEYS = {
  waitingReminder: ['waitingReminder.subject', 'waitingReminder.heading', 'waitingReminder.intro'],
  removed: ['removed.subject', 'removed.heading', 'removed.intro'],
  failing: ['failing.subject', 'failing.heading', 'failing.intro'],
  stopped: ['stopped.subject', 'stopped.heading', 'stopped.intro'],
  released: ['released.subject', 'released.heading', 'released.intro'],
} as const;

export async function domainEmail(input: {
  locale: Locale;
  kind: DomainEmailKind;
  domain: string;
  url: string;
  unsubscribe?: ActionEmailProps['unsubscribe'];
}): Promise<RenderedEmail> {
  const t = createTranslator({ ...emailIntl(input.locale), namespace: 'emails.domain' });
  const values = { domain: input.domain };
  const [subject, heading, intro] = KEYS[input.kind];
  const e = createTranslator({ ...emailIntl(input.locale), namespace: 'emails' });
  return renderEmail(
    t(subject, values),
    <ActionEmail
      lang={input.locale}
      preview={t(subject, values)}
      heading={t(heading, values)}
      intro={t(intro, values)}
      cta={t('cta')}
      url={input.url}
      linkFallback={e('linkFallback')}
      footer={e('footer')}
      unsubscribe={input.unsubscribe}
    />,
  );
}
