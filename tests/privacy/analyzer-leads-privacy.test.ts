import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authUsers } from '@/lib/auth/schema';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { analyzerAnalyses, analyzerLeads } from '@/modules/analyzer/schema';
import { deleteAccount } from '@/modules/privacy/delete-account';
import { exportAccountData } from '@/modules/privacy/export-account-data';
import { unsafePushLeadToCrm } from '@/modules/analyzer/push-lead-to-crm';
import { startHubspotStandIn } from '@tests/fakes/hubspot/server';
import { runJobs } from '@tests/helpers/jobs';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// The leads a person left on the URL analyzer's reports are theirs once they are a client with
// that (proven) address: "download my data" holds them and "delete my account" deletes them —
// and neither reaches the leads of an address the account never proved.

let handle: DbHandle;
beforeAll(async () => {
  delete process.env.HUBSPOT_TOKEN;
  resetEnvCache();
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

async function leadFor(email: string, name: string): Promise<string> {
  const host = `site-${randomUUID().slice(0, 8)}.example`;
  const [analysis] = await handle.db
    .insert(analyzerAnalyses)
    .values({ url: `https://${host}/`, host, status: 'done' })
    .returning({ id: analyzerAnalyses.id });
  const [lead] = await handle.db
    .insert(analyzerLeads)
    .values({ analysisId: analysis!.id, email, name, phone: '+55 41 99988-7766', intent: 'report', consentVersion: 'v1' })
    .returning({ id: analyzerLeads.id });
  return lead!.id;
}

const freshEmail = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.com`;

describe('analyzer leads in the account’s export and deletion', () => {
  it('the export holds the leads of the account’s proven address, and no one else’s', async () => {
    const email = freshEmail('ana');
    const ana = await createTestUser(handle, { email });
    await leadFor(email, 'Ana before signing up');
    const otherEmail = freshEmail('rui');
    await leadFor(otherEmail, 'Rui the stranger');

    const data = await exportAccountData(ana.claims);
    expect(data.analyzerLeads).toEqual([
      expect.objectContaining({ email, name: 'Ana before signing up', phone: '+55 41 99988-7766', intent: 'report', consentVersion: 'v1' }),
    ]);
    expect(JSON.stringify(data)).not.toContain('Rui the stranger');
  });

  it('an account that never proved its address does not see the leads typed with it', async () => {
    const email = freshEmail('victim');
    await leadFor(email, 'The real owner');
    const squatter = await createTestUser(handle, { email });
    await handle.db.update(authUsers).set({ emailConfirmedAt: null }).where(eq(authUsers.id, squatter.id));

    const data = await exportAccountData(squatter.claims);
    expect(data.analyzerLeads).toEqual([]);
    expect(JSON.stringify(data)).not.toContain('The real owner');
  });

  it('deleting the account deletes its leads (linked or not yet linked), and leaves everyone else’s', async () => {
    const email = freshEmail('bia');
    const bia = await createTestUser(handle, { email });
    const unlinked = await leadFor(email, 'Bia, not linked yet');
    const strangers = await leadFor(freshEmail('caio'), 'Caio keeps his');

    await deleteAccount(bia.claims, { confirmEmail: email });
    const left = await handle.db
      .select({ id: analyzerLeads.id })
      .from(analyzerLeads)
      .where(inArray(analyzerLeads.id, [unlinked, strangers]));
    expect(left.map((row) => row.id)).toEqual([strangers]);
  });

  it('deleting the account erases its contact in the CRM too (by the contact id, never by email), and no one else’s', async () => {
    const hubspot = await startHubspotStandIn();
    process.env.HUBSPOT_TOKEN = hubspot.token;
    process.env.HUBSPOT_API_URL = hubspot.url;
    resetEnvCache();
    try {
      const email = freshEmail('dora');
      const dora = await createTestUser(handle, { email });
      // Two analyses, one contact (HubSpot keys contacts by email); a stranger's contact beside it.
      for (const leadId of [await leadFor(email, 'Dora'), await leadFor(email, 'Dora again'), await leadFor(freshEmail('eva'), 'Eva')])
        expect((await unsafePushLeadToCrm(leadId)).pushed).toBe(true);
      expect(hubspot.contacts.size).toBe(2);
      const doraContact = hubspot.contacts.get(email)!.id;
      hubspot.failNext(1); // the first erase attempt fails: the job retries

      await deleteAccount(dora.claims, { confirmEmail: email });
      await runJobs();

      expect([...hubspot.contacts.keys()]).toEqual([expect.stringMatching(/^eva-/)]);
      const erasures = hubspot.requests.filter((request) => request.path.endsWith('/gdpr-delete'));
      expect(erasures.map((request) => request.body)).toEqual([{ objectId: doraContact }, { objectId: doraContact }]);
      expect(JSON.stringify(erasures)).not.toContain(email);
      expect(hubspot.blocklisted.size).toBe(0);
    } finally {
      delete process.env.HUBSPOT_TOKEN;
      delete process.env.HUBSPOT_API_URL;
      resetEnvCache();
      await hubspot.close();
    }
  });
});
