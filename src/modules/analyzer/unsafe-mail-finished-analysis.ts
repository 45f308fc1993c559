import { eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { sendEmail } from '@/lib/email/send-email';
import { getEnv } from '@/lib/env';
import { renderErrorMessage } from '@/lib/i18n/render-error-message';
import { buildAnalysisReadyEmail } from './emails/build-analysis-ready-email';
import { analyzerAnalyses } from './schema';

export type MailFinishedOutcome = 'sent' | 'nobody-asked' | 'not-finished';

/**
 * The analysis job's last step: when someone asked to be mailed about this run ("Email me when it
 * finishes"), the link to its report (or, if it failed again, why) goes to them, in the language
 * they asked in, and their address is then forgotten (cleared in the row). Runs nobody asked
 * about end here with 'nobody-asked'. System code: visitors have no account.
 */
export async function unsafeMailFinishedAnalysis(id: string): Promise<MailFinishedOutcome> {
  const db = await unsafeSystemDb('the analysis job mails the one visitor who asked for this run’s report');
  const [row] = await db.select().from(analyzerAnalyses).where(eq(analyzerAnalyses.id, id));
  if (!row?.notifyEmail) return 'nobody-asked';
  if (row.status !== 'done' && row.status !== 'failed') return 'not-finished';
  const appUrl = (pathname: string) => new URL(pathname, getEnv().APP_URL).toString();
  const mail = await buildAnalysisReadyEmail({
    locale: row.locale,
    url: row.url,
    result: row.status === 'done' ? row.result : null,
    failure: row.status === 'failed' ? renderErrorMessage(row.error ?? { key: 'errors.analyzer.failed' }, row.locale) : null,
    urls: { report: appUrl(`/analyze/${row.id}`), signUp: appUrl('/sign-up') },
  });
  await sendEmail({ to: row.notifyEmail, template: 'analyzer_report_ready', ...mail });
  // Kept for this one mail only. A retried step after this point finds nobody to mail.
  await db.update(analyzerAnalyses).set({ notifyEmail: null }).where(eq(analyzerAnalyses.id, id));
  return 'sent';
}
