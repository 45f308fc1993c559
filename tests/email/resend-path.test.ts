import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { emailOutbox } from '@/lib/email/schema';
import { sendEmail } from '@/lib/email/send-email';
import { createTestDb } from '@tests/helpers/test-db';

// The production email path (RESEND_API_KEY) against a stand-in that speaks Resend's HTTP API
// (POST /emails, Bearer key, JSON in and out; the SDK honours RESEND_BASE_URL). What is kept:
// the status and Resend's id, never the body (a stored link would outlive the mail).

type Received = { auth: string | undefined; body: Record<string, unknown> };
const received: Received[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: { id: 're_123' } };
let server: Server;
let handle: DbHandle;

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => resolve(JSON.parse(text) as Record<string, unknown>));
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    if (req.method === 'POST' && req.url === '/emails') received.push({ auth: req.headers.authorization, body: await readJson(req) });
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.RESEND_API_KEY = 're_test_key';
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.EMAIL_FROM = 'Page Magic <hello@example.com>';
  resetEnvCache();
  handle = await createTestDb();
});
afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  delete process.env.EMAIL_FROM;
  resetEnvCache();
  await handle.close();
  await new Promise((resolve) => server.close(resolve));
});

const message = {
  to: 'ana@example.com',
  template: 'password_reset',
  subject: 'Reset your password',
  text: 'Reset: https://app.example.com/auth/confirm?token=secret-token\n',
  html: '<a href="https://app.example.com/auth/confirm?token=secret-token">Reset</a>',
};

describe('email through Resend', () => {
  it('sends the message with the key and sender, and records only its status and Resend id', async () => {
    answer = { status: 200, body: { id: 're_123' } };
    const { id } = await sendEmail(message);
    expect(received.at(-1)).toEqual({
      auth: 'Bearer re_test_key',
      body: expect.objectContaining({
        from: 'Page Magic <hello@example.com>',
        to: 'ana@example.com',
        subject: message.subject,
        html: message.html,
        text: message.text,
      }),
    });
    const [row] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({
      provider: 'resend',
      status: 'sent',
      providerMessageId: 're_123',
      htmlBody: null,
      textBody: null,
      error: null,
    });
  });

  it('records a refused message as failed, with Resend’s reason', async () => {
    answer = { status: 422, body: { statusCode: 422, name: 'validation_error', message: 'Invalid `to` field.' } };
    const { id } = await sendEmail({ ...message, to: 'not-an-address' });
    const [row] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ provider: 'resend', status: 'failed', error: 'Invalid `to` field.', sentAt: null, textBody: null });
  });

  it('sends an attachment (a monthly report PDF) as Resend expects it: base64 content, filename and content_type; the outbox keeps its name and size only', async () => {
    answer = { status: 200, body: { id: 're_456' } };
    const pdf = new Uint8Array(Buffer.from('%PDF-1.4 a small report\n%%EOF'));
    const { id } = await sendEmail({
      ...message,
      template: 'monthly_report',
      attachments: [{ filename: 'page-magic-report-2026-10.pdf', contentType: 'application/pdf', content: pdf }],
    });
    const sent = received.at(-1)!.body.attachments as Array<Record<string, unknown>>;
    expect(sent).toEqual([
      expect.objectContaining({
        filename: 'page-magic-report-2026-10.pdf',
        content_type: 'application/pdf',
        content: Buffer.from(pdf).toString('base64'),
      }),
    ]);
    const [row] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({
      status: 'sent',
      providerMessageId: 're_456',
      attachments: [{ filename: 'page-magic-report-2026-10.pdf', contentType: 'application/pdf', sizeBytes: pdf.byteLength }],
    });
  });
});
