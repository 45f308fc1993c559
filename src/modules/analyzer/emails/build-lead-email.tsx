import { createTranslator } from 'next-intl';
import { emailIntl } from '@/lib/email/email-intl';
import { renderEmail, type RenderedEmail } from '@/lib/email/render-email';
import type { Locale } from '@/lib/i18n/translate';
import { CATEGORY_IDS, type AnalysisResult } from '../analysis-result';
import type { LeadEmailKind } from '../schema';
import { LeadEmail } from './lead-email';

export type LeadEmailInput = {
  kind: LeadEmailKind;
  locale: Locale;
  name: string | null;
  /** The analyzed URL and its result. */
  url: string;
  result: AnalysisResult;
  urls: { report: string; analyze: string; signUp: string; unsubscribe: string };
};

type Category = (typeof CATEGORY_IDS)[number];

/** The lowest of the four scores (the first on a tie, performance first), or null without scores. */
export function worstCategory(result: AnalysisResult, skip: Category[] = []): { category: Category; score: number } | null {
  let worst: { category: Category; score: number } | null = null;
  for (const category of CATEGORY_IDS) {
    const score = result.scores[category];
    if (score === null || skip.includes(category)) continue;
    if (!worst || score < worst.score) worst = { category, score };
  }
  return worst;
}

/**
 * One mail of a lead, in their language: the report (scores and what would make the page faster),
 * the welcome, and the nurture sequence — day 3 tips for their worst score, day 7 an example of a
 * slow site made fast, day 14 their biggest win (the top opportunity), day 30 the offer.
 */
export async function buildLeadEmail(input: LeadEmailInput): Promise<RenderedEmail> {
  const t = createTranslator({ ...emailIntl(input.locale), namespace: 'analyzerLeads.email' });
  const a = createTranslator({ ...emailIntl(input.locale), namespace: 'analyzer' });
  const number = new Intl.NumberFormat(input.locale, { maximumFractionDigits: 1 });
  const host = new URL(input.url).host;
  const { result, urls } = input;
  const categoryName = (category: Category) => a('categoryName', { category: category.replace(/-/g, '_') });
  const opportunities = result.opportunities.slice(0, 3).map((opportunity) =>
    a('opportunity', {
      bytes: opportunity.totalBytes ? number.format(opportunity.totalBytes / 1_000_000) : '0',
      seconds: number.format(opportunity.savingsMs / 1000),
      hasBytes: opportunity.totalBytes ? 'yes' : 'no',
      audit: opportunity.id.replace(/-/g, '_'),
    }),
  );
  const common = {
    lang: input.locale,
    footer: t('footer'),
    unsubscribe: { why: t('why', { host }), label: t('unsubscribe'), url: urls.unsubscribe },
  };
  const build = { label: t('buildCta'), url: urls.signUp };
  const greeting = input.name ? t('greetingNamed', { name: input.name }) : t('greeting');
  const worst = worstCategory(result);

  switch (input.kind) {
    case 'report': {
      const subject = t('report.subject', { host });
      return renderEmail(
        subject,
        <LeadEmail
          {...common}
          preview={t('report.preview', { host })}
          heading={t('report.heading')}
          paragraphs={[greeting, t('report.intro', { url: input.url })]}
          pointsIntro={opportunities.length ? t('report.fixes') : t('report.noFixes')}
          scores={CATEGORY_IDS.map((category) => ({ label: categoryName(category), value: String(result.scores[category] ?? '–') }))}
          points={opportunities}
          cta={{ label: t('report.cta'), url: urls.report }}
          secondary={{ label: `${t('buildCta')} →`, url: urls.signUp }}
        />,
      );
    }
    case 'welcome': {
      const subject = input.name ? t('welcome.subjectNamed', { name: input.name }) : t('welcome.subject');
      return renderEmail(
        subject,
        <LeadEmail
          {...common}
          preview={t('welcome.preview')}
          heading={t('welcome.heading')}
          paragraphs={[greeting, t('welcome.p1', { host }), t('welcome.p2')]}
          cta={build}
        />,
      );
    }
    case 'day3': {
      const category = worst?.category ?? 'performance';
      const values = { category: categoryName(category), score: worst?.score ?? 0, host };
      const tipKey = category.replace(/-/g, '_');
      return renderEmail(
        t('day3.subject', values),
        <LeadEmail
          {...common}
          preview={t('day3.preview', values)}
          heading={t('day3.heading', values)}
          paragraphs={[greeting, t('day3.intro', values)]}
          points={[t('tips.tip1', { category: tipKey }), t('tips.tip2', { category: tipKey }), t('tips.tip3', { category: tipKey })]}
          cta={{ label: t('againCta'), url: urls.analyze }}
          secondary={{ label: `${t('buildCta')} →`, url: urls.signUp }}
        />,
      );
    }
    case 'day7': {
      const lcp = result.metrics.find((metric) => metric.id === 'lcp');
      return renderEmail(
        t('day7.subject'),
        <LeadEmail
          {...common}
          preview={t('day7.preview')}
          heading={t('day7.heading')}
          paragraphs={[
            greeting,
            t('day7.p1'),
            t('day7.p2'),
            lcp ? t('day7.yours', { host, seconds: number.format(lcp.value / 1000) }) : t('day7.yoursUnknown', { host }),
          ]}
          cta={build}
        />,
      );
    }
    case 'day14': {
      const [top] = opportunities;
      return renderEmail(
        t('day14.subject', { host }),
        <LeadEmail
          {...common}
          preview={t('day14.preview', { host })}
          heading={t('day14.heading', { host })}
          paragraphs={[greeting, top ? t('day14.intro') : t('day14.quick')]}
          points={top ? [top] : []}
          cta={{ label: t('againCta'), url: urls.analyze }}
          secondary={{ label: `${t('buildCta')} →`, url: urls.signUp }}
        />,
      );
    }
    case 'day30':
      return renderEmail(
        t('day30.subject'),
        <LeadEmail
          {...common}
          preview={t('day30.preview')}
          heading={t('day30.heading')}
          paragraphs={[greeting, t('day30.p1', { host }), t('day30.p2')]}
          cta={build}
        />,
      );
  }
}
