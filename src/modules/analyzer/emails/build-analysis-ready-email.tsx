import { createTranslator } from 'next-intl';
import { emailIntl } from '@/lib/email/email-intl';
import { renderEmail, type RenderedEmail } from '@/lib/email/render-email';
import type { Locale } from '@/lib/i18n/translate';
import { CATEGORY_IDS, type AnalysisResult } from '../analysis-result';
import { LeadEmail } from './lead-email';

export type AnalysisReadyEmailInput = {
  locale: Locale;
  /** The analyzed URL. */
  url: string;
  /** The finished result, or null when the background run failed too. */
  result: AnalysisResult | null;
  /** Why the run failed, already in the reader's language (null when it finished). */
  failure: string | null;
  urls: { report: string; signUp: string };
};

/**
 * "Email me when it finishes": the one mail a visitor asked for after an analysis timed out — the
 * link to the report of the background run with its four scores, or, when that run failed too,
 * what happened and the link to the page that says it. Not a nurture mail: there is no list to
 * leave, and the footer says it is the only one.
 */
export async function buildAnalysisReadyEmail(input: AnalysisReadyEmailInput): Promise<RenderedEmail> {
  const t = createTranslator({ ...emailIntl(input.locale), namespace: 'analyzer.readyEmail' });
  const a = createTranslator({ ...emailIntl(input.locale), namespace: 'analyzer' });
  const host = new URL(input.url).host;
  const common = {
    lang: input.locale,
    footer: t('footer'),
    secondary: { label: `${t('buildCta')} →`, url: input.urls.signUp },
  };
  if (input.result) {
    const { result } = input;
    return renderEmail(
      t('doneSubject', { host }),
      <LeadEmail
        {...common}
        preview={t('donePreview', { host })}
        heading={t('doneHeading', { host })}
        paragraphs={[t('doneIntro', { url: input.url })]}
        scores={CATEGORY_IDS.map((category) => ({
          label: a('categoryName', { category: category.replace(/-/g, '_') }),
          value: String(result.scores[category] ?? '–'),
        }))}
        cta={{ label: t('doneCta'), url: input.urls.report }}
      />,
    );
  }
  return renderEmail(
    t('failedSubject', { host }),
    <LeadEmail
      {...common}
      preview={t('failedPreview', { host })}
      heading={t('failedHeading', { host })}
      paragraphs={[t('failedIntro', { url: input.url }), ...(input.failure ? [input.failure] : [])]}
      cta={{ label: t('failedCta'), url: input.urls.report }}
    />,
  );
}
