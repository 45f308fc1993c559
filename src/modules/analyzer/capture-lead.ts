import { and, eq } from 'drizzle-orm';
import { events } from '~inngest/client';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { AppError } from '@/lib/errors';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { flushEvents } from '@/lib/jobs/send-events';
import type { RateLimitRule } from '@/lib/ratelimit/types';
import { CONSENT_VERSION, type LeadInput } from './lead-input';
import { hashIp, limit } from './request-analysis';
import { analyzerAnalyses, analyzerLeads } from './schema';
import type { Locale } from '@/lib/i18n/translate';

/**
 * A visitor leaves their email on a finished analysis ("Email me this report" / "Build me a faster
 * site"), with their consent. One lead per address and analysis: asking again answers the same
 * lead and sends nothing twice (asking for a faster site after the report only records the
 * stronger intent). A new lead and the job's event are written in one transaction, so the report,
 * the welcome mail, the nurture sequence and the CRM push follow exactly when the lead exists —
 * the visitor never waits for any of them.
 */
export type CaptureLeadInput = LeadInput & { clientIp: string; locale: Locale };
export type CapturedLead = { leadId: string; isNew: boolean };

export const LEAD_LIMITS = {
  // A person leaves their address once or twice; more from one network is someone filling the
  // form with other people's addresses.
  ipHour: { limit: 10, windowSeconds: 60 * 60 },
  // The mails we send to one address because of the form, whoever fills it in.
  emailDay: { limit: 5, windowSeconds: 24 * 60 * 60 },
} satisfies Record<string, RateLimitRule>;

export async function captureLead(input: CaptureLeadInput, options: { now?: Date } = {}): Promise<CapturedLead> {
  const now = options.now ?? new Date();
  const db = await unsafeSystemDb('visitors have no account: leads are written by system code only');
  const [analysis] = await db
    .select({ status: analyzerAnalyses.status })
    .from(analyzerAnalyses)
    .where(eq(analyzerAnalyses.id, input.analysisId));
  if (!analysis || analysis.status !== 'done') throw new AppError('NOT_FOUND', 'errors.analyzerLeads.analysisNotFound');

  const existing = await findLead(input.email, input.analysisId);
  if (existing) {
    if (input.intent === 'build' && existing.intent !== 'build')
      await db.update(analyzerLeads).set({ intent: 'build' }).where(eq(analyzerLeads.id, existing.id));
    return { leadId: existing.id, isNew: false };
  }

  await limit(`lead-ip:${input.clientIp}`, LEAD_LIMITS.ipHour, 'errors.analyzerLeads.rateLimited');
  await limit(`lead-email:${input.email}`, LEAD_LIMITS.emailDay, 'errors.analyzerLeads.rateLimited');

  const leadId = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(analyzerLeads)
      .values({
        analysisId: input.analysisId,
        email: input.email,
        name: input.name ?? null,
        phone: input.phone ?? null,
        company: input.company ?? null,
        locale: input.locale,
        intent: input.intent,
        consentVersion: CONSENT_VERSION,
        consentAt: now,
        clientIpHash: hashIp(input.clientIp),
        createdAt: now,
      })
      .onConflictDoNothing({ target: [analyzerLeads.email, analyzerLeads.analysisId] })
      .returning({ id: analyzerLeads.id });
    if (!row) return null;
    await enqueueEvents(tx, [eventOf(events.leadCaptured, { leadId: row.id, capturedAt: now.toISOString() }, { id: `lead:${row.id}` })]);
    return row.id;
  });
  // Two submissions at once: the other one wrote the lead (and its event).
  if (!leadId) return { leadId: (await findLead(input.email, input.analysisId))!.id, isNew: false };
  await flushEvents();
  return { leadId, isNew: true };
}

async function findLead(email: string, analysisId: string) {
  const db = await unsafeSystemDb('visitors have no account: leads are read by system code only');
  const [row] = await db
    .select({ id: analyzerLeads.id, intent: analyzerLeads.intent })
    .from(analyzerLeads)
    .where(and(eq(analyzerLeads.email, email), eq(analyzerLeads.analysisId, analysisId)));
  return row ?? null;
}
