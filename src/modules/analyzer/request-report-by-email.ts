import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { events } from '~inngest/client';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { AppError } from '@/lib/errors';
import { errorKey } from '@/lib/i18n/error-key';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { flushEvents } from '@/lib/jobs/send-events';
import { LEAD_LIMITS } from './capture-lead';
import { visitorEmailSchema } from './lead-input';
import { ANALYZER_LIMITS, hashIp, limit } from './request-analysis';
import { analyzerAnalyses } from './schema';
import type { Locale } from '@/lib/i18n/translate';

/**
 * "Email me when it finishes", on the page of an analysis that failed (most often: timed out). A
 * fresh run of the same URL is queued with the visitor's address on it; the analysis job runs it
 * in the background with a longer budget and mails the link to its report
 * (unsafe-mail-finished-analysis.ts), then forgets the address. This is not a lead: no consent to
 * other mails is asked or implied, and no nurture follows.
 *
 * Limits: it starts a Chromium run, so the analyzer's own limits for the network and the host
 * apply; and it sends a mail to an address anyone can type, so the per-address daily limit of the
 * lead form applies too (same key: the mails the forms send one address count together).
 */
export const reportByEmailInputSchema = z.object({
  analysisId: z.uuid(errorKey('errors.analyzer.notifyNotAvailable')),
  email: visitorEmailSchema,
});
export type RequestReportByEmailInput = z.output<typeof reportByEmailInputSchema> & { clientIp: string; locale: Locale };

export async function requestReportByEmail(input: RequestReportByEmailInput, options: { now?: Date } = {}): Promise<{ id: string }> {
  const now = options.now ?? new Date();
  const db = await unsafeSystemDb('visitors have no account: the analyzer queue is written by system code only');
  const [failed] = await db
    .select({ url: analyzerAnalyses.url, host: analyzerAnalyses.host, status: analyzerAnalyses.status })
    .from(analyzerAnalyses)
    .where(eq(analyzerAnalyses.id, input.analysisId));
  // Only a failed run offers it: a finished one has its report (and the lead form), a running one its page.
  if (!failed || failed.status !== 'failed') throw new AppError('NOT_FOUND', 'errors.analyzer.notifyNotAvailable');

  await limit(`ip-hour:${input.clientIp}`, ANALYZER_LIMITS.ipHour, 'errors.analyzer.rateLimitedIp');
  await limit(`ip-day:${input.clientIp}`, ANALYZER_LIMITS.ipDay, 'errors.analyzer.rateLimitedIp');
  await limit(`host:${failed.host}`, ANALYZER_LIMITS.hostHour, 'errors.analyzer.rateLimitedHost');
  await limit(`lead-email:${input.email}`, LEAD_LIMITS.emailDay, 'errors.analyzerLeads.rateLimited');

  // The URL was checked when the first run was asked for and is checked again when this one runs
  // (runAnalysis → checkTargetUrl), so a name that now points inside is still refused.
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(analyzerAnalyses)
      .values({
        url: failed.url,
        host: failed.host,
        locale: input.locale,
        clientIpHash: hashIp(input.clientIp),
        notifyEmail: input.email,
        createdAt: now,
      })
      .returning({ id: analyzerAnalyses.id });
    await enqueueEvents(tx, [eventOf(events.analysisRequested, { analysisId: row!.id }, { id: `analysis:${row!.id}` })]);
    return row!.id;
  });
  await flushEvents();
  return { id };
}
