import type { RenderedEmail } from '@/lib/email/render-email';
import { accountExistsEmail, authEmail } from '@/lib/email/templates/auth-email';
import { domainEmail } from '@/lib/email/templates/domain-email';
import { invitationEmail } from '@/lib/email/templates/invitation-email';
import { newsletterConfirmEmail } from '@/lib/email/templates/newsletter-confirm-email';
import { siteLiveEmail } from '@/lib/email/templates/site-live-email';
import type { Locale } from '@/lib/i18n/translate';
import type { AnalysisResult } from '@/modules/analyzer/analysis-result';
import { buildAnalysisReadyEmail } from '@/modules/analyzer/emails/build-analysis-ready-email';
import { buildLeadEmail } from '@/modules/analyzer/emails/build-lead-email';
import { LEAD_EMAIL_KINDS } from '@/modules/analyzer/schema';
import { buildNotificationEmail } from '@/modules/notifications/emails/build-notification-email';
import { leadDigestEmail } from '@/modules/notifications/emails/lead-digest-email';
import { DOMAIN_REASONS, type NotificationKind } from '@/modules/notifications/events';
import { NOTIFICATION_KINDS } from '@/modules/notifications/events';
import { reportEmail } from '@/modules/reports/emails/report-email';

/**
 * Every mail the product sends, each kind of each template in each app language, with sample
 * input: what tests/email/render-in-contexts.test.ts renders in every context mails are sent
 * from. `TEMPLATE_FILES` lists the files they come from; the test fails when a file that renders
 * a mail is not listed here.
 */
export const TEMPLATE_FILES = [
  'src/lib/email/templates/auth-email.tsx',
  'src/lib/email/templates/domain-email.tsx',
  'src/lib/email/templates/invitation-email.tsx',
  'src/lib/email/templates/newsletter-confirm-email.tsx',
  'src/lib/email/templates/site-live-email.tsx',
  'src/modules/analyzer/emails/build-analysis-ready-email.tsx',
  'src/modules/analyzer/emails/build-lead-email.tsx',
  'src/modules/notifications/emails/lead-digest-email.tsx',
  'src/modules/notifications/emails/notification-email.tsx',
  'src/modules/reports/emails/report-email.tsx',
];

const LOCALES: readonly Locale[] = ['en', 'pt-BR'];
const URL = 'https://app.example.com/x?token=abc&type=magic_link';

const RESULT: AnalysisResult = {
  url: 'https://padaria.example/',
  finalUrl: 'https://padaria.example/',
  formFactor: 'mobile',
  scores: { performance: 91, accessibility: 38, 'best-practices': 75, seo: 64 },
  metrics: [{ id: 'lcp', value: 5200, rating: 'poor' }],
  opportunities: [{ id: 'uses-optimized-images', savingsMs: 2100, savingsBytes: 2_400_000, totalBytes: 3_200_000 }],
  screenshot: null,
  blockedRequests: 0,
  lighthouseVersion: '12.0.0',
  durationMs: 9000,
};

/** Values for every kind's message (each kind reads the ones it names). */
const PARAMS = {
  projectName: 'Pão Verde',
  leadName: 'Ana',
  messagePreview: 'Do you deliver?',
  url: 'https://pao-verde.example',
  version: 3,
  siteName: 'Pão Verde',
  domainName: 'paoverde.example',
  reason: DOMAIN_REASONS[0],
  percent: 0.8,
  meter: 'page_generate',
  ticketNumber: 12,
  subject: 'Help',
  host: 'pao-verde.example',
  cause: 'timeout',
  statusCode: 500,
  minutes: 5,
  metric: 'performance',
  drop: 'score',
  previous: 90,
  current: 60,
  amount: 297,
  currency: 'BRL',
  dueAt: Date.UTC(2026, 11, 4),
};

type Named = { name: string; render: () => Promise<RenderedEmail> };

export function everyEmail(): Named[] {
  const mails: Named[] = [];
  const add = (name: string, render: () => Promise<RenderedEmail>) => mails.push({ name, render });
  for (const locale of LOCALES) {
    for (const template of ['magic_link', 'password_reset', 'email_confirmation'] as const)
      add(`auth ${template} ${locale}`, () => authEmail(template, URL, locale));
    add(`account exists ${locale}`, () => accountExistsEmail(locale));
    for (const kind of DOMAIN_REASONS)
      add(`domain ${kind} ${locale}`, () => domainEmail({ locale, kind, domain: 'paoverde.example', url: URL }));
    add(`invitation ${locale}`, () =>
      invitationEmail({
        locale,
        inviter: 'ana@example.com',
        invitee: 'rui@example.com',
        projectName: 'Pão Verde',
        role: 'editor',
        url: URL,
        days: 7,
      }),
    );
    add(`newsletter confirm ${locale}`, () => newsletterConfirmEmail({ locale, url: URL, site: 'pao-verde.example' }));
    add(`site live ${locale}`, () => siteLiveEmail({ locale, url: URL, version: 2, siteName: 'Pão Verde' }));
    for (const kind of LEAD_EMAIL_KINDS)
      add(`analyzer ${kind} ${locale}`, () =>
        buildLeadEmail({
          kind,
          locale,
          name: 'Ana',
          url: RESULT.url,
          result: RESULT,
          urls: { report: URL, analyze: URL, signUp: URL, unsubscribe: URL },
        }),
      );
    add(`analyzer report ready ${locale}`, () =>
      buildAnalysisReadyEmail({ locale, url: RESULT.url, result: RESULT, failure: null, urls: { report: URL, signUp: URL } }),
    );
    add(`analyzer report ready, failed again ${locale}`, () =>
      buildAnalysisReadyEmail({ locale, url: RESULT.url, result: null, failure: 'It timed out.', urls: { report: URL, signUp: URL } }),
    );
    for (const kind of NOTIFICATION_KINDS as readonly NotificationKind[])
      add(`notification ${kind} ${locale}`, () =>
        buildNotificationEmail({ locale, kind, params: PARAMS, url: URL, unsubscribeUrl: URL, settingsUrl: URL }),
      );
    add(`lead digest ${locale}`, () =>
      leadDigestEmail({ locale, leads: [PARAMS, PARAMS], url: URL, unsubscribeUrl: URL, settingsUrl: URL }),
    );
    add(`monthly report ${locale}`, () => reportEmail({ locale, name: 'Pão Verde', month: '2026-11', url: URL }));
  }
  return mails;
}
