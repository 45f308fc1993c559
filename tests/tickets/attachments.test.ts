import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { withRls } from '@/lib/db/with-rls';
import { createTicket } from '@/modules/tickets/create-ticket';
import { replyToTicket } from '@/modules/tickets/reply-to-ticket';
import { addInternalNote } from '@/modules/tickets/add-internal-note';
import { getTicket } from '@/modules/tickets/get-ticket';
import { openTicketAttachment } from '@/modules/tickets/open-ticket-attachment';
import { trashEntries } from '@/modules/storage/trash-entries';
import { createTestUser } from '@tests/helpers/test-db';
import { rowsOf } from '@tests/helpers/rls-matrix';
import { photoUploadWorld } from '../storage/photo-uploads';

// Ticket attachments (issue 17) on the real database and file store: files from the writer's
// Files attached to the description, a reply and an internal note; who can list and open each.
const world = photoUploadWorld();

async function bytesOf(file: { body: ReadableStream<Uint8Array> }): Promise<Uint8Array> {
  return new Uint8Array(await new Response(file.body).arrayBuffer());
}

async function setting() {
  const client = await createTestUser(world.handle, { tier: 'pro' });
  const other = await createTestUser(world.handle, { tier: 'pro' });
  const admin = await createTestUser(world.handle, { userType: 'admin' });
  return { client, other, admin };
}

describe('ticket attachments', () => {
  it('the client attaches to the description and a reply, the agency to its answer; each side opens the other’s files', async () => {
    const { client, admin } = await setting();
    const screenshot = await world.upload(client, 'checkout-error.jpg', '#c33');
    const t = await createTicket(client.claims, {
      subject: 'Checkout broken',
      description: 'See the picture',
      attachmentIds: [screenshot.id],
    });
    const second = await world.upload(client, 'second-try.jpg', '#3c3');
    await replyToTicket(client.claims, { ticketId: t.id, body: 'Happened again', attachmentIds: [second.id] });
    const fix = await world.upload(admin, 'fixed.jpg', '#33c');
    await replyToTicket(admin.claims, { ticketId: t.id, body: 'Fixed, see', attachmentIds: [fix.id] });

    const seen = await getTicket(client.claims, { ticketId: t.id });
    expect(seen.attachments.map((a) => a.name)).toEqual(['checkout-error.jpg']);
    expect(seen.messages.map((m) => m.attachments.map((a) => a.name))).toEqual([['second-try.jpg'], ['fixed.jpg']]);
    expect(seen.attachments[0]).toMatchObject({ contentType: 'image/jpeg', sizeBytes: screenshot.bytes.length });

    // The client opens the agency's file; the agency opens the client's — the same bytes.
    expect(await bytesOf(await openTicketAttachment(client.claims, seen.messages[1]!.attachments[0]!.id))).toEqual(fix.bytes);
    const agencyView = await getTicket(admin.claims, { ticketId: t.id });
    expect(await bytesOf(await openTicketAttachment(admin.claims, agencyView.attachments[0]!.id))).toEqual(screenshot.bytes);
  });

  it("an internal note's attachment is the agency's alone: the client neither lists nor opens it, whatever they ask", async () => {
    const { client, admin } = await setting();
    const t = await createTicket(client.claims, { subject: 'Slow site', description: 'Since Monday' });
    const secret = await world.upload(admin, 'server-logs.jpg', '#999');
    await addInternalNote(admin.claims, { ticketId: t.id, body: 'Logs attached', attachmentIds: [secret.id] });
    const agencyView = await getTicket(admin.claims, { ticketId: t.id });
    const attachmentId = agencyView.notes[0]!.attachments[0]!.id;
    expect(await bytesOf(await openTicketAttachment(admin.claims, attachmentId))).toEqual(secret.bytes);

    const clientView = await getTicket(client.claims, { ticketId: t.id });
    expect(clientView.notes).toEqual([]);
    expect(clientView.attachments).toEqual([]);
    await expect(openTicketAttachment(client.claims, attachmentId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // RLS, not only this code: the client's own query of the table returns no row of it.
    const rows = await withRls(client.claims, async (tx) =>
      rowsOf(await tx.execute(sql`select id from public.support_ticket_attachments where ticket_id = ${t.id}`)),
    );
    expect(rows).toEqual([]);
  });

  it("another client can't list or open a ticket's attachments, nor attach to it", async () => {
    const { client, other } = await setting();
    const file = await world.upload(client, 'invoice.jpg', '#c93');
    const t = await createTicket(client.claims, { subject: 'Billing', description: 'Wrong amount', attachmentIds: [file.id] });
    const attachmentId = (await getTicket(client.claims, { ticketId: t.id })).attachments[0]!.id;
    await expect(getTicket(other.claims, { ticketId: t.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(openTicketAttachment(other.claims, attachmentId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const theirs = await world.upload(other, 'theirs.jpg', '#000');
    await expect(replyToTicket(other.claims, { ticketId: t.id, body: 'Me too', attachmentIds: [theirs.id] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // Writing the row by hand on their own session: the policy refuses it.
    await expect(
      withRls(other.claims, (tx) =>
        tx.execute(
          sql`insert into public.support_ticket_attachments (ticket_id, owner_id, file_id, name, content_type, size_bytes) values (${t.id}, ${other.id}, ${theirs.id}, 'x.jpg', 'image/jpeg', 1)`,
        ),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getTicket(client.claims, { ticketId: t.id })).attachments).toHaveLength(1);
  });

  it("someone else's file can't be attached, and nothing is written when one of the files isn't yours", async () => {
    const { client, other } = await setting();
    const mine = await world.upload(client, 'mine.jpg', '#0c0');
    const theirs = await world.upload(other, 'theirs.jpg', '#c00');
    await expect(
      createTicket(client.claims, { subject: 'Help', description: 'Look', attachmentIds: [mine.id, theirs.id] }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining("isn't in your Files") });
    const count = rowsOf<{ n: number }>(
      await world.handle.db.execute(sql`select count(*)::int as n from public.support_tickets where owner_id = ${client.id}`),
    );
    expect(count[0]!.n).toBe(0);
    // A row forged to name someone else's file opens nothing: bytes are read as the uploader's file.
    const t = await createTicket(client.claims, { subject: 'Help', description: 'Look' });
    await withRls(client.claims, (tx) =>
      tx.execute(
        sql`insert into public.support_ticket_attachments (ticket_id, owner_id, file_id, name, content_type, size_bytes) values (${t.id}, ${client.id}, ${theirs.id}, 'theirs.jpg', 'image/jpeg', 1)`,
      ),
    );
    const forged = (await getTicket(client.claims, { ticketId: t.id })).attachments[0]!;
    await expect(openTicketAttachment(client.claims, forged.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a file deleted from Files afterwards says it is no longer available', async () => {
    const { client, admin } = await setting();
    const file = await world.upload(client, 'old.jpg', '#abc');
    const t = await createTicket(client.claims, { subject: 'Photo', description: 'This one', attachmentIds: [file.id] });
    await trashEntries(client.claims, { fileIds: [file.id] });
    const attachmentId = (await getTicket(admin.claims, { ticketId: t.id })).attachments[0]!.id;
    await expect(openTicketAttachment(admin.claims, attachmentId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('no longer available'),
    });
  });
});
