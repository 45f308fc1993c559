import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { DbHandle } from '@/lib/db/client';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { leads } from '@/modules/host/schema';
import { recordUsage } from '@/modules/metering/record-usage';
import { EXPORT_FORMAT, exportAccountData } from '@/modules/privacy/export-account-data';
import { createProject } from '@/modules/projects/create-project';
import { projectMembers } from '@/modules/projects/schema';
import { createFolder } from '@/modules/storage/create-folder';
import { addDomain } from '@/modules/domains/add-domain';
import { savePreferences } from '@/modules/notifications/manage-preferences';
import { billingNfse } from '@/modules/billing/schema';
import { monthlyReports } from '@/modules/reports/schema';
import { addInternalNote } from '@/modules/tickets/add-internal-note';
import { createTicket } from '@/modules/tickets/create-ticket';
import { replyToTicket } from '@/modules/tickets/reply-to-ticket';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// "Download my data": everything about the client, and nothing about anyone else — not the
// projects they only help on, not other clients' leads or usage.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe('account data export', () => {
  it('holds the profile, owned projects with versions, generations, deployments and leads, usage and audit — only the caller’s', async () => {
    const ana = await createTestUser(handle, { tier: 'pro' });
    const rui = await createTestUser(handle, { tier: 'pro' });
    const mine = await createProject(ana.claims, { name: 'Padaria da Ana' });
    const theirs = await createProject(rui.claims, { name: 'Oficina do Rui' });
    // Ana helps on Rui's site: that project is Rui's data, not hers.
    await handle.db.insert(projectMembers).values({ projectId: theirs.id, userId: ana.id, role: 'editor' });
    await saveSiteVersion(ana.claims, { projectId: mine.id, document: veganBakery, source: 'generate' });
    await handle.db.insert(leads).values([
      { projectId: mine.id, name: 'Cliente', email: 'cliente@example.com', message: 'Olá' },
      { projectId: theirs.id, name: 'Other', email: 'other@example.com', message: 'not Ana’s' },
    ]);
    await recordUsage([
      { userId: ana.id, projectId: mine.id, metric: 'ai_token', quantity: 1234, idempotencyKey: `t:${randomUUID()}` },
      { userId: rui.id, projectId: theirs.id, metric: 'ai_token', quantity: 999, idempotencyKey: `t:${randomUUID()}` },
    ]);

    const folder = await createFolder(ana.claims, { name: 'Fotos da padaria' });
    await createFolder(rui.claims, { name: 'Rui’s own folder' });
    await handle.executor.query(
      `insert into public.storage_items (id, owner_id, folder_id, name, content_type, size_bytes, blob_key)
       values ($1::uuid, $2, $3, 'pão.jpg', 'image/jpeg', 2048, $4)`,
      [randomUUID(), ana.id, folder.id, `files/${randomUUID()}`],
    );

    const data = await exportAccountData(ana.claims, new Date('2026-11-22T12:00:00Z'));
    expect(data).toMatchObject({
      format: EXPORT_FORMAT,
      exportedAt: '2026-11-22T12:00:00.000Z',
      account: { email: ana.email, tier: 'pro' },
    });
    expect(data.projects.map((p) => p.name)).toEqual(['Padaria da Ana']);
    const [project] = data.projects;
    expect(project!.versions).toHaveLength(1);
    expect(project!.versions[0]!.document).toEqual(veganBakery);
    expect(project!.members).toEqual([expect.objectContaining({ userId: ana.id, role: 'owner' })]);
    expect(project!.leads).toEqual([expect.objectContaining({ email: 'cliente@example.com', message: 'Olá' })]);
    expect(data.usage).toEqual([expect.objectContaining({ metric: 'ai_token', quantity: 1234 })]);
    expect(data.files.folders).toEqual([expect.objectContaining({ id: folder.id, name: 'Fotos da padaria' })]);
    expect(data.files.files).toEqual([expect.objectContaining({ name: 'pão.jpg', folderId: folder.id, sizeBytes: 2048 })]);

    const text = JSON.stringify(data);
    for (const foreign of ['Oficina do Rui', 'other@example.com', rui.email, 'Rui’s own folder']) expect(text).not.toContain(foreign);
  });

  it('holds their domains, support tickets (both sides, not the agency’s notes), notifications, monthly reports and NFS-e — not other clients’, not secrets', async () => {
    const ana = await createTestUser(handle, { tier: 'pro' });
    const rui = await createTestUser(handle, { tier: 'pro' });
    const admin = await createTestUser(handle, { userType: 'admin' });
    const site = await createProject(ana.claims, { name: 'Padaria da Ana' });
    const ruiSite = await createProject(rui.claims, { name: 'Oficina do Rui' });
    const [domain] = await addDomain(ana.claims, { projectId: site.id, domain: 'padaria-da-ana.com.br' });
    await addDomain(rui.claims, { projectId: ruiSite.id, domain: 'oficina-do-rui.com.br' });
    const ticket = await createTicket(ana.claims, { subject: 'Site lento', description: 'Desde segunda', projectId: site.id });
    await createTicket(rui.claims, { subject: 'Rui’s ticket', description: 'not Ana’s' });
    await replyToTicket(admin.claims, { ticketId: ticket.id, body: 'Estamos olhando' });
    await addInternalNote(admin.claims, { ticketId: ticket.id, body: 'internal: cliente difícil' });
    await savePreferences(ana.claims, [{ kind: 'site.down', channel: 'email', setting: 'off' }]);
    await handle.db.insert(monthlyReports).values([
      { ownerId: ana.id, month: '2026-10-01', locale: 'pt-BR', blobKey: 'reports/ana-2026-10.pdf', sizeBytes: 81_234 },
      { ownerId: rui.id, month: '2026-10-01', locale: 'en', blobKey: 'reports/rui-2026-10.pdf', sizeBytes: 70_000 },
    ]);
    await handle.db.insert(billingNfse).values([
      {
        stripeInvoiceId: `in_${randomUUID()}`,
        userId: ana.id,
        status: 'issued',
        amountCents: 89_700,
        currency: 'brl',
        paidAt: new Date(),
        borrowerName: 'Ana',
        borrowerTaxType: 'br_cpf',
        borrowerTaxId: '52998224725',
        number: '4711',
        attempts: 1,
      },
      {
        stripeInvoiceId: `in_${randomUUID()}`,
        userId: rui.id,
        status: 'issued',
        amountCents: 89_700,
        currency: 'brl',
        paidAt: new Date(),
        borrowerName: 'Rui',
        borrowerTaxType: 'br_cnpj',
        borrowerTaxId: '11222333000181',
        number: '4712',
        attempts: 1,
      },
    ]);

    const data = await exportAccountData(ana.claims);
    expect(data.serviceInvoices).toEqual([
      expect.objectContaining({ number: '4711', borrower: { name: 'Ana', email: null, taxIdType: 'br_cpf', taxId: '52998224725' } }),
    ]);
    expect(data.projects[0]!.domains).toEqual([
      expect.objectContaining({ name: 'padaria-da-ana.com.br', status: 'waiting', history: expect.any(Array) }),
    ]);
    expect(data.tickets).toEqual([
      expect.objectContaining({
        subject: 'Site lento',
        description: 'Desde segunda',
        projectId: site.id,
        messages: [expect.objectContaining({ fromAgency: true, body: 'Estamos olhando' })],
      }),
    ]);
    expect(data.notifications.preferences).toEqual([expect.objectContaining({ kind: 'site.down', channel: 'email', setting: 'off' })]);
    expect(data.reports).toEqual([expect.objectContaining({ month: '2026-10-01', locale: 'pt-BR', sizeBytes: 81_234 })]);

    const text = JSON.stringify(data);
    for (const foreign of [
      'oficina-do-rui',
      'Rui’s ticket',
      'internal: cliente difícil',
      'reports/',
      domain!.verificationToken,
      '11222333000181',
    ])
      expect(text).not.toContain(foreign);
    // An admin's own export is theirs: none of the clients' tickets they can read.
    expect((await exportAccountData(admin.claims)).tickets).toEqual([]);
  });
});
