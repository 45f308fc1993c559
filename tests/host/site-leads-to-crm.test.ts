import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { eraseCrmContactsJob, sweepCrmContactErasuresJob } from '~inngest/functions/crm-erase-contacts';
import { deliverNotificationJob } from '~inngest/functions/deliver-notification';
import { pushSiteLeadToCrmJob, sweepSiteLeadsToCrmJob } from '~inngest/functions/push-site-lead-to-crm';
import { crmContactErasures } from '@/lib/crm/schema';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { resetEnvCache } from '@/lib/env';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { createProject } from '@/modules/projects/create-project';
import { deleteProject } from '@/modules/projects/delete-project';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { requestPublish } from '@/modules/host/request-publish';
import { recordLead } from '@/modules/host/record-lead';
import { leads, siteLeadRouting } from '@/modules/host/schema';
import { getSiteLeadRouting } from '@/modules/host/get-site-lead-routing';
import { setSiteLeadsToCrm } from '@/modules/host/set-site-leads-to-crm';
import { unsafePushSiteLeadToCrm } from '@/modules/host/unsafe-push-site-lead-to-crm';
import { startHubspotStandIn, type HubspotStandIn } from '@tests/fakes/hubspot/server';
import { runJobs, testJobEngine } from '@tests/helpers/jobs';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { endpointOf, messagesOf } from '@tests/webhooks/emitter-world';
import { listNotifications } from '@/modules/notifications/list-notifications';

// Issue 36, point 5: a site's form lead goes several places at once — the owner's notification,
// the webhook endpoints (lead.created) and, when the site's owner opts in, the agency's CRM
// (HubSpot through the CRM port, against a stand-in that speaks its contacts API). The lead is
// stored first; a CRM that is down is retried by its own job and holds nothing else back.

let handle: DbHandle;
let hubspot: HubspotStandIn;
beforeAll(async () => {
  process.env.ROOT_DOMAIN = 'sites.test';
  process.env.APP_URL = 'http://app.test';
  resetEnvCache();
  hubspot = await startHubspotStandIn();
  handle = await createTestDb();
  setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-blobs-'))));
  setRateLimiterForTests(createMemoryLimiter());
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

function connectHubspot() {
  process.env.HUBSPOT_TOKEN = hubspot.token;
  process.env.HUBSPOT_API_URL = hubspot.url;
  resetEnvCache();
}

async function publishedSite() {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `CRM ${user.id.slice(0, 6)}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  await requestPublish(user.claims, { projectId: project.id });
  await runJobs();
  return { user, project, host: `${project.slug}.sites.test` };
}

async function submit(host: string, email = `lead-${randomUUID().slice(0, 8)}@example.com`) {
  const form = {
    name: 'Maria da Silva',
    email,
    phone: '+55 11 98765-4321',
    message: 'Orçamento?',
    section_id: 'contact',
    page: '',
    locale: 'pt-BR',
    company_website: '',
  };
  expect((await recordLead({ host, ip: `203.0.113.${Math.floor(Math.random() * 250)}`, form })).status).toBe('stored');
  // The newest: the same person may have sent the form before.
  const [row] = await handle.db.select().from(leads).where(eq(leads.email, email)).orderBy(desc(leads.createdAt)).limit(1);
  return { leadId: row!.id, email };
}

const row = async (leadId: string) => (await handle.db.select().from(leads).where(eq(leads.id, leadId)))[0]!;

describe('a site lead goes several places at once', () => {
  it('reaches the notification, the webhook endpoint and the CRM; a CRM failing three times is retried and nothing is lost', async () => {
    connectHubspot();
    const { user, project, host } = await publishedSite();
    const endpoint = await endpointOf(user, ['lead.created']);
    expect(await setSiteLeadsToCrm(user.claims, { projectId: project.id, leadsToCrm: true })).toEqual({ leadsToCrm: true });
    expect(await getSiteLeadRouting(user.claims, { projectId: project.id })).toEqual({ leadsToCrm: true, isCrmConfigured: true });

    hubspot.failNext(3, 500);
    const { leadId, email } = await submit(host);
    // Stored first, with the CRM asked for, whatever the CRM does next.
    expect((await row(leadId)).crmRequestedAt).not.toBeNull();
    expect(await messagesOf(handle, endpoint, 'lead.created')).toHaveLength(1);

    await testJobEngine([pushSiteLeadToCrmJob, deliverNotificationJob]).drain();
    expect((await listNotifications(user.claims)).map((n) => n.kind)).toContain('lead.created');
    const contact = hubspot.contacts.get(email);
    expect(contact?.properties).toEqual({ email, firstname: 'Maria', lastname: 'da Silva', phone: '+55 11 98765-4321' });
    expect(await row(leadId)).toMatchObject({ crmContactId: contact!.id, crmError: null });
    expect((await row(leadId)).crmSyncedAt).not.toBeNull();
  });

  it('leaves the CRM alone for a site that did not opt in (the default), while the webhooks still get the lead', async () => {
    connectHubspot();
    const { user, project, host } = await publishedSite();
    const endpoint = await endpointOf(user, ['lead.created']);
    expect(await getSiteLeadRouting(user.claims, { projectId: project.id })).toEqual({ leadsToCrm: false, isCrmConfigured: true });
    const before = hubspot.requests.length;
    const { leadId, email } = await submit(host);
    await testJobEngine([pushSiteLeadToCrmJob]).drain();
    expect(await unsafePushSiteLeadToCrm(leadId)).toEqual({ pushed: false, reason: 'not-requested' });
    expect(hubspot.requests.length).toBe(before);
    expect(hubspot.contacts.has(email)).toBe(false);
    expect(await messagesOf(handle, endpoint, 'lead.created')).toHaveLength(1);
  });

  it('keeps a lead the CRM refused, and the hourly sweep pushes it once the CRM answers; switching off withdraws waiting leads', async () => {
    const { user, project, host } = await publishedSite();
    await setSiteLeadsToCrm(user.claims, { projectId: project.id, leadsToCrm: true });
    // No CRM yet (the embedded default): the lead waits, asked for.
    const waiting = await submit(host);
    await testJobEngine([pushSiteLeadToCrmJob]).drain();
    expect(await row(waiting.leadId)).toMatchObject({ crmSyncedAt: null });
    expect((await row(waiting.leadId)).crmRequestedAt).not.toBeNull();

    connectHubspot();
    await handle.db
      .update(leads)
      .set({ crmRequestedAt: new Date(Date.now() - 2 * 60 * 60 * 1000) })
      .where(eq(leads.id, waiting.leadId));
    const clock = { now: new Date() };
    const engine = testJobEngine([sweepSiteLeadsToCrmJob], { now: () => clock.now });
    await engine.syncSchedules();
    clock.now = new Date(Date.now() + 61 * 60 * 1000);
    await engine.drain();
    expect(hubspot.contacts.has(waiting.email)).toBe(true);

    // Switched off before the push: the waiting lead is not sent, and no longer waits.
    hubspot.failNext(1, 500);
    const later = await submit(host);
    await expect(unsafePushSiteLeadToCrm(later.leadId)).rejects.toThrow('HubSpot answered 500');
    await setSiteLeadsToCrm(user.claims, { projectId: project.id, leadsToCrm: false });
    expect(await unsafePushSiteLeadToCrm(later.leadId)).toEqual({ pushed: false, reason: 'site-opted-out' });
    expect(hubspot.contacts.has(later.email)).toBe(false);
    expect((await row(later.leadId)).crmRequestedAt).toBeNull();
  });

  it('lets only the site’s owner switch it: another client gets 404, reads nothing, and the site stays as it was', async () => {
    const { project } = await publishedSite();
    const other = await createTestUser(handle, { tier: 'pro' });
    await expect(setSiteLeadsToCrm(other.claims, { projectId: project.id, leadsToCrm: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await getSiteLeadRouting(other.claims, { projectId: project.id })).toBeNull();
    expect((await handle.db.select().from(siteLeadRouting).where(eq(siteLeadRouting.projectId, project.id)))[0]?.leadsToCrm).toBe(false);
  });
});

// Deleting a site's lead erases the CRM contact made from it (LGPD art. 18 VI), whichever way the
// lead goes — an editor's delete under RLS, its project's deletion — by the contact's id (HubSpot
// blocklists an email it cannot find), durably: the request is recorded with the deletion and
// kept until HubSpot confirms, through the job's retries and then the hourly sweep.
describe('deleting a site lead erases its CRM contact', () => {
  async function pushedLead(host: string, email?: string) {
    const lead = await submit(host, email);
    await testJobEngine([pushSiteLeadToCrmJob]).drain();
    const contactId = (await row(lead.leadId)).crmContactId;
    expect(contactId).toMatch(/^\d+$/);
    expect(hubspot.contacts.get(lead.email)?.id).toBe(contactId);
    return { ...lead, contactId: contactId! };
  }
  async function crmSite() {
    connectHubspot();
    const site = await publishedSite();
    await setSiteLeadsToCrm(site.user.claims, { projectId: site.project.id, leadsToCrm: true });
    return site;
  }
  const erasuresOf = (contactId: string) =>
    hubspot.requests.filter((r) => r.path.endsWith('/gdpr-delete') && (r.body as { objectId?: string }).objectId === contactId);
  const pending = async (contactId: string) =>
    (await handle.db.select().from(crmContactErasures).where(eq(crmContactErasures.contactId, contactId)))[0];
  const eraseJobs = () => testJobEngine([eraseCrmContactsJob, pushSiteLeadToCrmJob]);

  it('an editor’s delete erases the contact by its id, retried while HubSpot fails; the email never travels', async () => {
    const { user, host } = await crmSite();
    const { leadId, email, contactId } = await pushedLead(host);
    hubspot.failNext(3, 500);

    const deleted = await withRls(user.claims, (tx) => tx.delete(leads).where(eq(leads.id, leadId)).returning({ id: leads.id }));
    expect(deleted).toEqual([{ id: leadId }]);
    expect(await pending(contactId)).toBeDefined();
    await eraseJobs().drain();

    expect(hubspot.contacts.has(email)).toBe(false);
    expect(erasuresOf(contactId).map((r) => r.body)).toEqual(Array(4).fill({ objectId: contactId }));
    expect(JSON.stringify(erasuresOf(contactId))).not.toContain(email);
    expect(hubspot.blocklisted.size).toBe(0);
    expect(await pending(contactId)).toBeUndefined();
  });

  it('a HubSpot down past the job’s retries loses nothing: the request stays, and the hourly sweep erases it', async () => {
    const { user, project, host } = await crmSite();
    const { email, contactId } = await pushedLead(host);
    hubspot.failNext(1_000, 500);

    // The project's deletion takes its leads (cascade): the same trigger asks for the erasure.
    await deleteProject(user.claims, { projectId: project.id });
    await eraseJobs().drain();
    expect(hubspot.contacts.has(email)).toBe(true);
    expect(erasuresOf(contactId).length).toBeGreaterThan(1);
    expect(await pending(contactId)).toMatchObject({ lastError: expect.stringContaining('HubSpot answered 500') });

    hubspot.failNext(0);
    await handle.db
      .update(crmContactErasures)
      .set({ requestedAt: new Date(Date.now() - 2 * 60 * 60 * 1000) })
      .where(eq(crmContactErasures.contactId, contactId));
    const clock = { now: new Date() };
    const sweep = testJobEngine([sweepCrmContactErasuresJob], { now: () => clock.now });
    await sweep.syncSchedules();
    clock.now = new Date(Date.now() + 61 * 60 * 1000);
    await sweep.drain();
    expect(hubspot.contacts.has(email)).toBe(false);
    expect(await pending(contactId)).toBeUndefined();
  });

  it('keeps the contact while another lead of the same person is kept; the last one to go erases it', async () => {
    const { user, host } = await crmSite();
    const first = await pushedLead(host);
    const second = await pushedLead(host, first.email);
    expect(second.contactId).toBe(first.contactId);

    await withRls(user.claims, (tx) => tx.delete(leads).where(eq(leads.id, first.leadId)));
    await eraseJobs().drain();
    expect(await pending(first.contactId)).toBeUndefined();
    expect(erasuresOf(first.contactId)).toEqual([]);
    expect(hubspot.contacts.get(first.email)?.id).toBe(first.contactId);

    await withRls(user.claims, (tx) => tx.delete(leads).where(eq(leads.id, second.leadId)));
    await eraseJobs().drain();
    expect(hubspot.contacts.has(first.email)).toBe(false);
  });

  it('a lead deleted while HubSpot is still answering its push: the contact made from it is erased', async () => {
    const { user, host } = await crmSite();
    const { leadId, email } = await submit(host);
    const held = hubspot.holdNext();
    const pushing = unsafePushSiteLeadToCrm(leadId);
    await held.arrived;
    await withRls(user.claims, (tx) => tx.delete(leads).where(eq(leads.id, leadId)));
    held.release();
    expect(await pushing).toEqual({ pushed: false, reason: 'not-found' });
    expect(hubspot.contacts.has(email)).toBe(true);
    await eraseJobs().drain();
    expect(hubspot.contacts.has(email)).toBe(false);
  });

  it('a new lead of a person whose contact is being erased waits for the erasure, then gets a new contact', async () => {
    const { user, host } = await crmSite();
    const gone = await pushedLead(host);
    await withRls(user.claims, (tx) => tx.delete(leads).where(eq(leads.id, gone.leadId)));
    const again = await submit(host, gone.email);
    await expect(unsafePushSiteLeadToCrm(again.leadId)).rejects.toThrow('being erased');
    expect(await row(again.leadId)).toMatchObject({ crmContactId: null, crmSyncedAt: null });

    await eraseJobs().drain();
    const contactId = (await row(again.leadId)).crmContactId;
    expect(contactId).not.toBeNull();
    expect(contactId).not.toBe(gone.contactId);
    expect(hubspot.contacts.get(gone.email)?.id).toBe(contactId);
  });
});
