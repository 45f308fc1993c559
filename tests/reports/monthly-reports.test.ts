import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Locale } from '@/lib/i18n/translate';
import { sql } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { getBlobStore, setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { deleteAccount } from '@/modules/privacy/delete-account';
import { createTicket } from '@/modules/tickets/create-ticket';
import { getAgencyTimeZone } from '@/modules/tickets/get-agency-time-zone';
import { generateMonthlyReport } from '@/modules/reports/generate-monthly-report';
import { listReports } from '@/modules/reports/list-reports';
import { openReportPdf } from '@/modules/reports/open-report-pdf';
import { reportMonthBounds, type ReportMonth } from '@/modules/reports/report-month';
import { unsafeDeliverMonthlyReport } from '@/modules/reports/unsafe-deliver-monthly-report';
import { unsafeListDueReports } from '@/modules/reports/unsafe-list-due-reports';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { inRequestScope, signedInUser } from '@tests/helpers/next-request-scope';
import { rowsOf } from '@tests/helpers/rls-matrix';
import type { MemoryCookieJar } from '@tests/auth/memory-jar';
import { useTempAuthEnv } from '@tests/auth/env';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('@tests/helpers/next-request-scope')).nextHeadersMock);

// Monthly reports (issue 18) on the real database and file store: a seeded client's month is
// rendered to a PDF whose extracted text holds the month's figures, in the client's language; the
// monthly job renders and mails once per client and month however often it runs; and nobody but
// the client and the agency can list, open or change a report.

let handle: DbHandle;
let env: { restore: () => void };
let month: ReportMonth;
let from: Date;

beforeAll(async () => {
  env = useTempAuthEnv({ APP_URL: 'http://app.test' });
  setBlobStoreForTests(undefined); // files under this test's DATA_DIR
  handle = await createTestDb();
  // The month in progress in the agency's time zone: tickets are stamped with the current month.
  const timeZone = await getAgencyTimeZone(handle.db);
  month = `${new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(new Date())}-01` as ReportMonth;
  from = reportMonthBounds(month, timeZone).from;
}, 120_000);
afterAll(async () => {
  await handle?.close();
  setBlobStoreForTests(undefined);
  env?.restore();
});

const at = (day: number, hour = 12) => new Date(from.getTime() + (day - 1) * 86_400_000 + hour * 3_600_000);

/** A client with two sites and a month of leads, tickets and usage; plus noise that must not count. */
async function seededClient(opts: { locale?: Locale; signedIn?: boolean } = {}) {
  const client: TestUser & { jar?: MemoryCookieJar } = opts.signedIn
    ? await signedInUser(handle, { tier: 'basic' })
    : await createTestUser(handle, { tier: 'basic' });
  const name = `Bakery ${client.id.slice(0, 6)}`;
  await handle.executor.query('update public.user_profiles set display_name = $2, locale = $3 where id = $1', [
    client.id,
    name,
    opts.locale ?? 'en',
  ]);
  const [siteA, siteB] = [randomUUID(), randomUUID()];
  await handle.executor.query(
    `insert into public.projects (id, owner_id, name, slug, created_at) values ($1, $3, 'Lisbon bakery', $4, $5), ($2, $3, 'Porto shop', $6, $5)`,
    [siteA, siteB, client.id, `a-${siteA.slice(0, 12)}`, new Date(from.getTime() - 86_400_000).toISOString(), `b-${siteB.slice(0, 12)}`],
  );
  // 5 contact messages and 2 confirmed sign-ups in the month (one unconfirmed: not a lead yet).
  const leads: Array<[string, string, Date, Date | null]> = [
    [siteA, 'contact', at(1), null],
    [siteA, 'contact', at(2), null],
    [siteA, 'contact', at(2, 15), null],
    [siteB, 'contact', at(3), null],
    [siteB, 'contact', at(5), null],
    [siteA, 'newsletter', at(4), at(4, 13)],
    [siteB, 'newsletter', at(6), at(6, 13)],
    [siteB, 'newsletter', at(6), null],
    // The month before: not this report's.
    [siteA, 'contact', new Date(from.getTime() - 3_600_000), null],
  ];
  for (const [projectId, kind, createdAt, confirmedAt] of leads) {
    await handle.executor.query(
      `insert into public.leads (project_id, kind, name, email, created_at, confirmed_at) values ($1, $2, 'Ana', 'ana@example.com', $3, $4)`,
      [projectId, kind, createdAt.toISOString(), confirmedAt?.toISOString() ?? null],
    );
  }
  await createTicket(client.claims, { subject: 'Change the menu', description: 'New prices' });
  await createTicket(client.claims, { subject: 'Domain', description: 'Help with DNS' });
  for (const [metric, quantity] of [
    ['page_generate', 7],
    ['ai_token', 123_456],
    // Fractional meters: rounded by formatUsageQuantity, as on the Usage, Billing and admin pages.
    ['container_hours', 12.345],
    ['storage_gb', 0.3456],
  ] as const) {
    await handle.executor.query(
      `insert into public.usage_events (user_id, metric, quantity, idempotency_key, occurred_at) values ($1, $2, $3, $4, $5)`,
      [client.id, metric, quantity, `report-test-${randomUUID()}`, at(2).toISOString()],
    );
  }
  return { client, name, sites: [siteA, siteB] };
}

/** A month of monitoring for the first site: traffic on two days, uptime checks and one incident. */
async function seedMonitoring(siteA: string, siteB: string) {
  const day = (d: number) => `${month.slice(0, 8)}${String(d).padStart(2, '0')}`;
  await handle.executor.query(
    `insert into public.site_traffic_days (project_id, day, requests, visits, bytes, peak_rps, status_2xx, status_3xx, status_4xx, status_5xx)
     values ($1, $3, 1200, 345, 5000000, 7, 1100, 50, 40, 10), ($2, $4, 800, 200, 3000000, 4, 780, 10, 10, 0)`,
    [siteA, siteB, day(2), day(3)],
  );
  await handle.executor.query(
    `insert into public.uptime_daily (project_id, host, day, checks, failures) values ($1, 'lisbon.example', $2, 1000, 3)`,
    [siteA, day(2)],
  );
  const opened = at(2, 10);
  await handle.executor.query(
    `insert into public.uptime_incidents (project_id, host, opened_at, confirmed_at, resolved_at, resolution, cause, status_code)
     values ($1, 'lisbon.example', $2, $2, $3, 'recovered', 'http_status', 502)`,
    [siteA, opened.toISOString(), new Date(opened.getTime() + 35 * 60_000).toISOString()],
  );
  // Two runs of the home page: 70 then 86 (grade B, improving).
  for (const [d, score, grade] of [
    [3, 70, 'C'],
    [9, 86, 'B'],
  ] as const) {
    await handle.executor.query(
      `insert into public.performance_metrics (project_id, path, url, measured_at, performance_score, accessibility_score, best_practices_score, seo_score, lcp_ms, cls, tbt_ms, grade)
       values ($1, '/', 'https://lisbon.example/', $2, $3, 96, 100, 92, 2100, 0.05, 180, $4)`,
      [siteA, at(d).toISOString(), score, grade],
    );
  }
}

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

async function bytesOf(file: { body: ReadableStream<Uint8Array> }): Promise<Uint8Array> {
  return new Uint8Array(await new Response(file.body).arrayBuffer());
}

describe('monthly report PDF', () => {
  it("renders a seeded client's month: traffic, leads, uptime, tickets, usage and invoice total in the PDF's text", async () => {
    const { client, name, sites } = await seededClient();
    await seedMonitoring(sites[0]!, sites[1]!);
    // The agency answered one ticket in 30 min (within its 60-min SLA) and the other in 90 (late).
    await handle.executor.query(
      `update public.support_tickets set sla_minutes = 60, first_response_due_at = created_at + interval '60 minutes',
         first_responded_at = created_at + case when subject = 'Domain' then interval '90 minutes' else interval '30 minutes' end
       where owner_id = $1`,
      [client.id],
    );
    const admin = await createTestUser(handle, { userType: 'admin' });
    const row = await generateMonthlyReport(admin.claims, { clientId: client.id, month });
    const file = await openReportPdf(client.claims, row.id);
    const bytes = await bytesOf(file);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(file.name).toBe(`page-magic-report-${month.slice(0, 7)}.pdf`);

    const { text, pages } = await pdfText(bytes);
    expect(text).toContain('Page Magic');
    expect(text).toContain(`Prepared for ${name}`);
    expect(text).toMatch(/2 sites: (Lisbon bakery, Porto shop|Porto shop, Lisbon bakery)/);
    expect(text).toContain('7 leads this month: 5 contact messages, 2 newsletter sign-ups.');
    expect(text).toMatch(/Lisbon bakery: 4 · Porto shop: 3|Porto shop: 3 · Lisbon bakery: 4/);
    expect(text).toMatch(/Tickets opened 2\b/);
    expect(text).toMatch(/Answered within the SLA 50%/);
    expect(text).toMatch(/Average first response 1 h\b|Average first response 60 min\b/);
    expect(text).toMatch(/Site generations 7 \/ 200\b/);
    expect(text).toMatch(/AI tokens 123,456 \/ 2,000,000\b/);
    expect(text).toMatch(/Hosting hours 12\.3 \/ 2,232\b/);
    expect(text).toMatch(/Storage \(GB\) 0\.35 \/ 25\b/);
    // Basic plan, no overage: the plan's price, labelled as an estimate (no Stripe here).
    expect(text).toContain('R$297.00');
    expect(text).toContain('Estimated from your plan (basic)');
    // Traffic of both sites; uptime from the checks, the incident with its cause and duration.
    expect(text).toMatch(/Visits 545 Requests 2,000 Bandwidth 8 MB Peak requests per second 7\b/);
    expect(text).toContain('2xx: 1,880');
    expect(text).toContain('99.7% up over 1,000 checks');
    expect(text).toMatch(/lisbon\.example: down from .* for 35 min \(HTTP 502\)/);
    expect(text).toContain('Porto shop: no checks this month');
    // The home page's latest run, its grade and trend over the month's runs; the other site unmeasured.
    expect(text).toContain('Lisbon bakery · Grade B · Improving');
    expect(text).toContain('Performance 86 · Accessibility 96 · Best practices 100 · SEO 92');
    expect(text).toContain('LCP 2.1 s · CLS 0.05 · TBT 180 ms');
    expect(text).toContain('Not measured this month.');
    expect(text).toContain(`Page 1 of ${pages}`);
  });

  it("lists the month's NFS-e: number with PDF and XML links once issued, where it stands otherwise", async () => {
    const { client } = await seededClient();
    const [issued, pending, before] = [`in_${randomUUID()}`, `in_${randomUUID()}`, `in_${randomUUID()}`];
    await handle.executor.query(
      `insert into public.billing_nfse (stripe_invoice_id, user_id, amount_cents, currency, paid_at, status, provider, provider_invoice_id, number)
       values ($1, $4, 29700, 'brl', $5, 'issued', 'nfeio', $6, '4711'),
              ($2, $4, 29700, 'brl', $5, 'processing', 'nfeio', $7, null),
              ($3, $4, 29700, 'brl', $8, 'issued', 'nfeio', $9, '4700')`,
      [
        issued,
        pending,
        before,
        client.id,
        at(3).toISOString(),
        randomUUID(),
        randomUUID(),
        new Date(from.getTime() - 86_400_000).toISOString(),
        randomUUID(),
      ],
    );
    const admin = await createTestUser(handle, { userType: 'admin' });
    const row = await generateMonthlyReport(admin.claims, { clientId: client.id, month });
    const bytes = await bytesOf(await openReportPdf(client.claims, row.id));
    const { text } = await pdfText(bytes);
    expect(text).toContain('Service invoices (NFS-e)');
    expect(text).toMatch(/No\. 4711 PDF XML/);
    expect(text).toContain('Being issued');
    // The month before is not this report's.
    expect(text).not.toContain('4700');
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toContain(`http://app.test/api/billing/nfse/${issued}/pdf`);
    expect(raw).toContain(`http://app.test/api/billing/nfse/${issued}/xml`);
    expect(raw).not.toContain(`/api/billing/nfse/${pending}/`);
  });

  it("is written in the client's language, numbers and money by that locale", async () => {
    const { client } = await seededClient({ locale: 'pt-BR' });
    // This client's month has no monitoring at all: each such section says so.
    const admin = await createTestUser(handle, { userType: 'admin' });
    const row = await generateMonthlyReport(admin.claims, { clientId: client.id, month });
    const { text, pages } = await pdfText(await bytesOf(await openReportPdf(client.claims, row.id)));
    expect(text).toContain('Relatório mensal');
    expect(text).toContain('7 contatos neste mês: 5 mensagens de contato, 2 inscrições na newsletter.');
    expect(text).toMatch(/Tokens de IA 123\.456 \/ 2\.000\.000\b/);
    expect(text).toMatch(/Horas de hospedagem 12,3 \/ 2\.232\b/);
    expect(text).toMatch(/Armazenamento \(GB\) 0,35 \/ 25\b/);
    expect(text).toMatch(/R\$\s297,00/);
    expect(text).toContain(`Página 1 de ${pages}`);
    expect(text).toContain('Nenhum dado de tráfego foi coletado para seus sites neste mês.');
    expect(text).toContain('Nenhuma verificação de disponibilidade foi coletada para seus sites neste mês.');
    expect(text).toContain('Nenhuma medição de desempenho foi coletada para seus sites neste mês.');
  });

  it('is written in European Portuguese for a client in Portugal, numbers by pt-PT', async () => {
    const { client } = await seededClient({ locale: 'pt-PT' });
    const admin = await createTestUser(handle, { userType: 'admin' });
    const row = await generateMonthlyReport(admin.claims, { clientId: client.id, month });
    const { text } = await pdfText(await bytesOf(await openReportPdf(client.claims, row.id)));
    expect(text).toContain('7 contactos neste mês: 5 mensagens de contacto, 2 inscrições na newsletter.');
    // pt-PT groups thousands with a space (no-break space, printable in the PDF's fonts).
    expect(text).toMatch(/Tokens de IA 123\s456 \/ 2\s000\s000\b/);
    expect(text).toMatch(/Horas de alojamento 12,3 \/ 2232\b/);
    expect(text).toContain('Nenhum dado de tráfego foi recolhido para os seus sites neste mês.');
  });
});

describe('the monthly job', () => {
  it('renders and mails each client once per month, however often and concurrently it runs', async () => {
    const { client } = await seededClient();
    const nextMonth = new Date(reportMonthBounds(month, await getAgencyTimeZone(handle.db)).to.getTime() + 3_600_000);
    const due = await unsafeListDueReports(nextMonth);
    expect(due.month).toBe(month);
    expect(due.ownerIds).toContain(client.id);

    const outcomes = await Promise.all([
      unsafeDeliverMonthlyReport({ ownerId: client.id, month }),
      unsafeDeliverMonthlyReport({ ownerId: client.id, month }),
    ]);
    const again = await unsafeDeliverMonthlyReport({ ownerId: client.id, month });
    expect(outcomes.filter((o) => o.emailed)).toHaveLength(1);
    expect(again).toMatchObject({ generated: false, emailed: false });
    expect(new Set([...outcomes, again].map((o) => o.reportId)).size).toBe(1);

    const mails = rowsOf<{
      to_address: string;
      subject: string;
      attachments: Array<{ filename: string; contentType: string; sizeBytes: number }>;
    }>(
      await handle.db.execute(
        sql`select to_address, subject, attachments from public.email_outbox where user_id = ${client.id} and template = 'monthly_report'`,
      ),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to_address).toBe(client.email);
    expect(mails[0]!.attachments).toEqual([
      { filename: `page-magic-report-${month.slice(0, 7)}.pdf`, contentType: 'application/pdf', sizeBytes: expect.any(Number) },
    ]);
    const reports = await listReports(client.claims);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.emailedAt).not.toBeNull();
    expect(mails[0]!.attachments[0]!.sizeBytes).toBe(reports[0]!.sizeBytes);
    expect((await unsafeListDueReports(nextMonth)).ownerIds).not.toContain(client.id);
  });
});

describe('when a month becomes due', () => {
  it("on the 1st at 00:00 in the agency's time zone, not in UTC: a minute before, the month before is the one reported", async () => {
    const { client } = await seededClient();
    const timeZoneBefore = await getAgencyTimeZone(handle.db);
    // São Paulo is UTC−3: the month ends three hours after it does in UTC.
    await handle.executor.query(`update public.support_settings set time_zone = 'America/Sao_Paulo'`);
    try {
      const { to } = reportMonthBounds(month, 'America/Sao_Paulo');
      expect(to.getUTCHours()).toBe(3);
      const before = await unsafeListDueReports(new Date(to.getTime() - 60_000));
      expect(before.month).not.toBe(month);
      const after = await unsafeListDueReports(new Date(to.getTime() + 60_000));
      expect(after.month).toBe(month);
      expect(after.ownerIds).toContain(client.id);
    } finally {
      await handle.executor.query(`update public.support_settings set time_zone = $1`, [timeZoneBefore]);
    }
  });
});

describe('who may see and change a report', () => {
  it("another client can neither list, open nor change a client's report; the client cannot write one; the admin's write is audited", async () => {
    const { client } = await seededClient();
    const other = await createTestUser(handle, { tier: 'pro' });
    const admin = await createTestUser(handle, { userType: 'admin' });
    const row = await generateMonthlyReport(admin.claims, { clientId: client.id, month });
    const before = await handle.executor.query('select * from public.monthly_reports where id = $1', [row.id]);

    expect(await listReports(other.claims, { ownerId: client.id })).toEqual([]);
    await expect(openReportPdf(other.claims, row.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const seen = await withRls(other.claims, async (tx) => rowsOf(await tx.execute(sql`select id from public.monthly_reports`)));
    expect(seen).toEqual([]);
    const updated = await withRls(other.claims, async (tx) =>
      rowsOf(await tx.execute(sql`update public.monthly_reports set locale = 'pt-BR' where id = ${row.id} returning id`)),
    );
    expect(updated).toEqual([]);
    // Not even the client writes their own: no insert, no update, no marking the mail sent.
    await expect(
      withRls(client.claims, (tx) =>
        tx.execute(
          sql`insert into public.monthly_reports (owner_id, month, locale, blob_key, size_bytes) values (${client.id}, ${month}, 'en', 'reports/x/y.pdf', 1)`,
        ),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await withRls(client.claims, async (tx) =>
        rowsOf(await tx.execute(sql`update public.monthly_reports set blob_key = 'reports/x/y.pdf' where id = ${row.id} returning id`)),
      ),
    ).toEqual([]);
    await expect(
      withRls(admin.claims, (tx) => tx.execute(sql`update public.monthly_reports set emailed_at = now() where id = ${row.id}`)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await handle.executor.query('select * from public.monthly_reports where id = $1', [row.id])).toEqual(before);

    // Other clients may not generate; the admin's generation is in the audit log with their id.
    await expect(generateMonthlyReport(other.claims, { clientId: client.id, month })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const audit = await handle.executor.query<{ actor_id: string; subject_id: string }>(
      `select actor_id::text, subject_id::text from public.audit_log where action = 'monthly_reports.insert' and target_id = $1`,
      [row.id],
    );
    expect(audit).toEqual([{ actor_id: admin.id, subject_id: client.id }]);
    expect((await listReports(admin.claims, { ownerId: client.id })).map((r) => r.id)).toEqual([row.id]);
  });

  it('the download route serves the PDF to its client and answers 404 to another signed-in client', async () => {
    const { client } = await seededClient({ signedIn: true });
    const other = await signedInUser(handle, { tier: 'pro' });
    const admin = await createTestUser(handle, { userType: 'admin' });
    const row = await generateMonthlyReport(admin.claims, { clientId: client.id, month });
    const { GET } = await import('@/app/api/reports/[reportId]/pdf/route');
    const get = (jar: MemoryCookieJar, id: string) =>
      inRequestScope({ jar }, () =>
        GET(new Request(`http://app.test/api/reports/${id}/pdf`), { params: Promise.resolve({ reportId: id }) }),
      );

    const mine = await get(client.jar!, row.id);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(mine.headers.get('content-disposition')).toContain(`page-magic-report-${month.slice(0, 7)}.pdf`);
    expect(
      Buffer.from(await mine.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const theirs = await get(other.jar, row.id);
    expect(theirs.status).toBe(404);
    expect(await theirs.text()).not.toContain('%PDF');
    expect((await get(other.jar, randomUUID())).status).toBe(404);
  });

  it("deleting the client's account removes the report rows and the PDFs' bytes", async () => {
    const { client } = await seededClient();
    const admin = await createTestUser(handle, { userType: 'admin' });
    const row = await generateMonthlyReport(admin.claims, { clientId: client.id, month });
    const [{ blob_key: key }] = await handle.executor.query<{ blob_key: string }>(
      'select blob_key from public.monthly_reports where id = $1',
      [row.id],
    );
    expect(await getBlobStore().has(key)).toBe(true);
    await deleteAccount(client.claims, { confirmEmail: client.email });
    expect(await handle.executor.query('select id from public.monthly_reports where id = $1', [row.id])).toEqual([]);
    expect(await getBlobStore().has(key)).toBe(false);
  });
});
