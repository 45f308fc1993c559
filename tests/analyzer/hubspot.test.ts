import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pushLeadToCrmJob, sweepLeadsToCrmJob } from '~inngest/functions/nurture-lead';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { captureLead } from '@/modules/analyzer/capture-lead';
import { analyzerAnalyses, analyzerLeads } from '@/modules/analyzer/schema';
import { unsafePushLeadToCrm } from '@/modules/analyzer/push-lead-to-crm';
import { startHubspotStandIn, type HubspotStandIn } from '@tests/fakes/hubspot/server';
import { testJobEngine } from '@tests/helpers/jobs';
import { createTestDb } from '@tests/helpers/test-db';

// Leads into HubSpot (create-or-update by email) through the CRM port's real adapter, against a
// stand-in that speaks HubSpot's contacts API: the job pushes, retries a failing HubSpot without
// holding anything else back, never loses the lead, and does nothing without a token.

let handle: DbHandle;
let hubspot: HubspotStandIn;
beforeAll(async () => {
  hubspot = await startHubspotStandIn();
  handle = await createTestDb();
});
afterEach(() => {
  delete process.env.HUBSPOT_TOKEN;
  delete process.env.HUBSPOT_API_URL;
  resetEnvCache();
});
afterAll(async () => {
  await hubspot.close();
  await handle.close();
});

function useHubspot(token = hubspot.token) {
  process.env.HUBSPOT_TOKEN = token;
  process.env.HUBSPOT_API_URL = hubspot.url;
  resetEnvCache();
}

async function lead(input: { email?: string; name?: string; company?: string; phone?: string } = {}) {
  const host = `loja-${randomUUID().slice(0, 8)}.example`;
  const [analysis] = await handle.db
    .insert(analyzerAnalyses)
    .values({ url: `https://${host}/`, host, status: 'done', result: null })
    .returning({ id: analyzerAnalyses.id });
  const email = input.email ?? `crm-${randomUUID().slice(0, 8)}@example.com`;
  const { leadId } = await captureLead({
    analysisId: analysis!.id,
    email,
    name: input.name,
    company: input.company,
    phone: input.phone,
    intent: 'build',
    consent: true,
    clientIp: `192.0.2.${randomUUID()}`,
    locale: 'pt-BR',
  });
  return { leadId, email, url: `https://${host}/` };
}

const row = async (leadId: string) => (await handle.db.select().from(analyzerLeads).where(eq(analyzerLeads.id, leadId)))[0]!;

describe('the HubSpot push', () => {
  it('creates the contact with the lead’s details, then updates the same contact for a second lead of the address', async () => {
    useHubspot();
    const first = await lead({ name: 'Ana Maria Souza', company: 'Padaria Ana', phone: '+55 11 98765-4321' });
    await testJobEngine([pushLeadToCrmJob]).drain();
    const contact = hubspot.contacts.get(first.email);
    expect(contact?.properties).toEqual({
      email: first.email,
      firstname: 'Ana',
      lastname: 'Maria Souza',
      phone: '+55 11 98765-4321',
      company: 'Padaria Ana',
      website: first.url,
    });
    expect(await row(first.leadId)).toMatchObject({ crmContactId: contact!.id, crmError: null });
    expect((await row(first.leadId)).crmSyncedAt).not.toBeNull();
    const request = hubspot.requests.at(-1)!;
    expect(request.authorization).toBe(`Bearer ${hubspot.token}`);
    expect(request.body).toMatchObject({ inputs: [{ idProperty: 'email', id: first.email }] });

    const second = await lead({ email: first.email, company: 'Padaria Ana & Filhos' });
    await testJobEngine([pushLeadToCrmJob]).drain();
    expect(hubspot.contacts.get(first.email)).toMatchObject({
      id: contact!.id,
      properties: { company: 'Padaria Ana & Filhos', firstname: 'Ana' },
    });
    expect((await row(second.leadId)).crmContactId).toBe(contact!.id);
  });

  it('retries while HubSpot fails (500, then 429) and gets the lead there', async () => {
    useHubspot();
    const { leadId, email } = await lead();
    hubspot.failNext(2, 500);
    const engine = testJobEngine([pushLeadToCrmJob]);
    await engine.drain();
    expect(hubspot.contacts.has(email)).toBe(true);
    expect((await row(leadId)).crmError).toBeNull();

    const other = await lead();
    hubspot.failNext(1, 429);
    await engine.drain();
    expect(hubspot.contacts.has(other.email)).toBe(true);
  });

  it('keeps the lead and the error when HubSpot refuses for good, and the sweep pushes it once it can', async () => {
    useHubspot('pat-na1-wrong-token');
    const { leadId, email } = await lead();
    await expect(unsafePushLeadToCrm(leadId)).rejects.toThrow('HubSpot answered 401 (INVALID_AUTHENTICATION');
    const stored = await row(leadId);
    expect(stored).toMatchObject({ email, crmSyncedAt: null, crmContactId: null });
    expect(stored.crmError).toContain('401');
    expect(stored.crmError).not.toContain('wrong-token');

    // The token is fixed; an hour later the sweep finds the lead still waiting and pushes it.
    useHubspot();
    await handle.db
      .update(analyzerLeads)
      .set({ createdAt: new Date(Date.now() - 2 * 60 * 60 * 1000) })
      .where(eq(analyzerLeads.id, leadId));
    const clock = { now: new Date() };
    const engine = testJobEngine([sweepLeadsToCrmJob], { now: () => clock.now });
    await engine.syncSchedules(); // the hourly schedule starts at its next tick from now
    clock.now = new Date(Date.now() + 61 * 60 * 1000);
    await engine.drain();
    expect(hubspot.contacts.has(email)).toBe(true);
    expect((await row(leadId)).crmSyncedAt).not.toBeNull();
  });

  it('does nothing without a token (the embedded default)', async () => {
    const before = hubspot.requests.length;
    const { leadId } = await lead();
    await testJobEngine([pushLeadToCrmJob]).drain();
    expect(hubspot.requests.length).toBe(before);
    expect(await row(leadId)).toMatchObject({ crmSyncedAt: null, crmError: null });
  });

  it('erases a contact by its id (GDPR delete): gone afterwards, an id already gone counts as erased, a refusal throws', async () => {
    const { createHubspotAdapter } = await import('@/lib/crm/hubspot-adapter');
    const crm = createHubspotAdapter({ token: hubspot.token, baseUrl: hubspot.url });
    const { id } = (await crm.upsertContact({ email: `erase-${randomUUID().slice(0, 8)}@example.com` }))!;
    await crm.eraseContact(id);
    expect([...hubspot.contacts.values()].some((contact) => contact.id === id)).toBe(false);
    await expect(crm.eraseContact(id)).resolves.toBeUndefined();
    const wrongToken = createHubspotAdapter({ token: 'pat-na1-wrong', baseUrl: hubspot.url });
    await expect(wrongToken.eraseContact('1')).rejects.toThrow(/HubSpot answered 401 \(INVALID_AUTHENTICATION/);
    expect(hubspot.blocklisted.size).toBe(0);
  });
});
