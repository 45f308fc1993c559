import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkLeadSignUpsJob } from '~inngest/functions/nurture-lead';
import { authUsers } from '@/lib/auth/schema';
import type { DbHandle } from '@/lib/db/client';
import { userProfiles } from '@/modules/accounts/schema';
import { getAnalyzerFunnel } from '@/modules/analyzer/get-analyzer-funnel';
import { leadFunnelSource } from '@/modules/insights/lead-funnel-source';
import { analyzerAnalyses, analyzerLeads } from '@/modules/analyzer/schema';
import { setSubscriptionState } from '@tests/helpers/billing-state';
import { testJobEngine } from '@tests/helpers/jobs';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

// The funnel's lead steps (emails → sign-ups → paying) from the leads, by week, as the agency's
// page reads them — with sign-ups linked by the hourly sweep, whatever path the person signed up by.

let handle: DbHandle;
let admin: TestUser;
beforeAll(async () => {
  handle = await createTestDb();
  admin = await createTestUser(handle, { userType: 'admin' });
});
afterAll(async () => {
  await handle.close();
});

const NOW = new Date('2026-11-25T12:00:00Z'); // a Wednesday: this week starts Monday 23 Nov
const THIS_WEEK = '2026-11-23';
const LAST_WEEK = '2026-11-16';

async function leadAt(email: string, createdAt: Date) {
  const host = `f-${randomUUID().slice(0, 8)}.example`;
  const [analysis] = await handle.db
    .insert(analyzerAnalyses)
    .values({ url: `https://${host}/`, host, status: 'done', createdAt })
    .returning({ id: analyzerAnalyses.id });
  const [lead] = await handle.db
    .insert(analyzerLeads)
    .values({ analysisId: analysis!.id, email, intent: 'report', consentVersion: 'test', createdAt })
    .returning({ id: analyzerLeads.id });
  return lead!.id;
}

describe('the lead funnel', () => {
  it('counts addresses captured, then the sign-ups the sweep links and which of them pay, by week', async () => {
    const tag = randomUUID().slice(0, 8);
    const [ana, bia, caio, dora] = ['ana', 'bia', 'caio', 'dora'].map((name) => `${name}-${tag}@example.com`);
    await leadAt(ana!, new Date('2026-11-17T10:00:00Z'));
    await leadAt(ana!, new Date('2026-11-18T10:00:00Z')); // the same address twice: one email captured
    await leadAt(bia!, new Date('2026-11-19T10:00:00Z'));
    await leadAt(caio!, new Date('2026-11-23T09:00:00Z'));
    await leadAt(dora!, new Date('2026-11-24T09:00:00Z'));

    // Ana and Caio sign up this week and prove their address; Caio pays. Dora only typed hers.
    const anaUser = await createTestUser(handle, { email: ana });
    const caioUser = await createTestUser(handle, { email: caio });
    await handle.db
      .update(authUsers)
      .set({ emailConfirmedAt: new Date('2026-11-24T08:00:00Z') })
      .where(inArray(authUsers.id, [anaUser.id, caioUser.id]));
    await handle.db.update(userProfiles).set({ tier: 'pro' }).where(eq(userProfiles.id, caioUser.id));
    await setSubscriptionState(handle, caioUser.id, { subscriptionStatus: 'active' });
    await handle.db
      .insert(authUsers)
      .values({ id: randomUUID(), email: dora, emailConfirmedAt: null, createdAt: NOW, rawUserMetaData: {} });

    const clock = { now: new Date() };
    const engine = testJobEngine([linkLeadSignUpsJob], { now: () => clock.now });
    await engine.syncSchedules(); // hourly, from its next tick
    clock.now = new Date(Date.now() + 61 * 60 * 1000);
    await engine.drain();
    const linked = await handle.db
      .select()
      .from(analyzerLeads)
      .where(inArray(analyzerLeads.email, [ana!, caio!, dora!]));
    expect(
      linked
        .filter((lead) => lead.userId)
        .map((lead) => lead.email)
        .sort(),
    ).toEqual([ana, ana, caio].sort());

    const funnel = await getAnalyzerFunnel(admin.claims, { now: NOW, weeks: 2, leads: leadFunnelSource });
    const byWeek = Object.fromEntries(funnel.map(({ week, emails, signups, paying }) => [week, { emails, signups, paying }]));
    // Other tests' leads may share these weeks: compare with what this test added.
    expect(byWeek[LAST_WEEK]!.emails).toBeGreaterThanOrEqual(2);
    expect(byWeek[THIS_WEEK]).toMatchObject({ emails: expect.any(Number), signups: 2, paying: 1 });
  });
});
