import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { sendEmail } from '@/lib/email/send-email';
import { auditLog } from '@/modules/accounts/schema';
import { listOutbox, revealOutboxMail } from '@/modules/accounts/list-outbox';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// The embedded outbox keeps mail bodies, and auth mails carry one-time links. An admin sees that a
// mail went out, not its secret; reading the link is possible (to help someone whose mail never
// arrived) but the database audits it, like impersonation.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const TOKEN = 'oKXMHYQ8aB3yTPuI4FbnaDeTt7qGDEyktHfXyLM-A2E';

describe('outbox secrets', () => {
  it('lists mails with link tokens masked; the bodies are not readable by the request role', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const url = `http://localhost:3000/auth/confirm?token=${TOKEN}&type=magic_link&next=%2Fdashboard`;
    await sendEmail({
      to: client.email,
      userId: client.id,
      template: 'magic_link',
      subject: 'Sign in',
      text: `Sign in: ${url}\n`,
      html: `<a href="${url}">Sign in</a>`,
    });

    const mails = await listOutbox(admin.claims);
    const mail = mails.find((m) => m.toAddress === client.email)!;
    expect(mail.hasSecret).toBe(true);
    expect(mail.textRedacted).toContain('/auth/confirm?token=••••••&type=magic_link');
    expect(JSON.stringify(mails)).not.toContain(TOKEN);

    // A site visitor's newsletter confirmation link is such a secret too: masked, and revealable.
    const visitor = `visitor.${client.id.slice(0, 8)}@example.com`;
    await sendEmail({
      to: visitor,
      template: 'newsletter_confirm',
      subject: 'Confirm your subscription',
      text: `Confirm: https://padaria.sites.test/__forms/confirm?token=${TOKEN}&l=pt-BR\n`,
      html: '<p>Confirm</p>',
    });
    const newsletter = (await listOutbox(admin.claims)).find((m) => m.toAddress === visitor)!;
    expect(newsletter).toMatchObject({ hasSecret: true });
    expect(newsletter.textRedacted).toContain('/__forms/confirm?token=••••••&l=pt-BR');

    // Past the page: an admin's own SQL through RLS can't select the bodies either.
    for (const column of ['text_body', 'html_body'])
      await expect(
        withRls(admin.claims, (tx) => tx.execute(sql.raw(`select ${column} from public.email_outbox limit 1`))),
        column,
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('reveals a link to an admin only, and writes the reveal to the audit log first', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const { id } = await sendEmail({
      to: client.email,
      userId: client.id,
      template: 'password_reset',
      subject: 'Reset',
      text: `Reset: http://localhost:3000/auth/confirm?token=${TOKEN}&type=password_reset\n`,
      html: '<p>Reset</p>',
    });

    // The admin area answers a client as if it did not exist.
    await expect(revealOutboxMail(client.claims, { id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(withRls(client.claims, (tx) => tx.execute(sql`select private.reveal_outbox_mail(${id}::uuid)`))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await handle.db.select().from(auditLog).where(eq(auditLog.targetId, id))).toHaveLength(0);

    expect(await revealOutboxMail(admin.claims, { id })).toContain(TOKEN);
    const entries = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'outbox.reveal')));
    expect(entries).toEqual([
      expect.objectContaining({ actorId: admin.id, subjectId: client.id, details: { template: 'password_reset' } }),
    ]);
  });

  it('a mail with no secret in it has nothing to reveal', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    await sendEmail({
      to: client.email,
      userId: client.id,
      template: 'site_published',
      subject: 'Live',
      text: 'Your site: http://x.test\n',
      html: '<p>x</p>',
    });
    const mail = (await listOutbox(admin.claims)).find((m) => m.toAddress === client.email)!;
    expect(mail).toMatchObject({ hasSecret: false, textRedacted: 'Your site: http://x.test\n' });
  });
});
