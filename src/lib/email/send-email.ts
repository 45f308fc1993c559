import { getEnv } from '@/lib/env';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { reportError } from '@/lib/observability';
import { emailOutbox, type EmailAttachmentMeta } from './schema';

export type EmailMessage = {
  to: string;
  userId?: string | null;
  template: 'magic_link' | 'password_reset' | 'welcome' | string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers, e.g. RFC 8058 List-Unsubscribe / List-Unsubscribe-Post (notifications). */
  headers?: Record<string, string>;
  /** Files sent with the mail (e.g. a monthly report's PDF). */
  attachments?: EmailAttachment[];
};

export type EmailAttachment = { filename: string; contentType: string; content: Uint8Array };

function attachmentMeta(message: EmailMessage): EmailAttachmentMeta[] | null {
  if (!message.attachments?.length) return null;
  return message.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, sizeBytes: a.content.byteLength }));
}

/**
 * The email port. Without RESEND_API_KEY (embedded default) the outbox table
 * is the delivery and the link is printed to the terminal; with Resend the
 * message is sent and only its status is recorded.
 */
export async function sendEmail(message: EmailMessage): Promise<{ id: string }> {
  const env = getEnv();
  const db = await unsafeSystemDb('the outbox is written by system code only; users have no insert grant');
  if (!env.RESEND_API_KEY) {
    const [row] = await db
      .insert(emailOutbox)
      .values({
        toAddress: message.to,
        userId: message.userId ?? null,
        template: message.template,
        subject: message.subject,
        htmlBody: message.html,
        textBody: message.text,
        headers: message.headers ?? null,
        attachments: attachmentMeta(message),
        provider: 'outbox',
        status: 'sent',
        sentAt: new Date(),
      })
      .returning({ id: emailOutbox.id });
    if (env.NODE_ENV !== 'test') {
      const link = message.text.match(/https?:\/\/\S+/)?.[0];
      console.info(`[outbox] ${message.template} → ${message.to}${link ? `: ${link}` : ''}`);
    }
    return { id: row!.id };
  }
  const { Resend } = await import('resend');
  const resend = new Resend(env.RESEND_API_KEY);
  const result = await resend.emails.send({
    from: env.EMAIL_FROM,
    to: message.to,
    subject: message.subject,
    html: message.html,
    text: message.text,
    ...(message.headers ? { headers: message.headers } : {}),
    ...(message.attachments?.length
      ? {
          attachments: message.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: Buffer.from(a.content),
          })),
        }
      : {}),
  });
  const failed = Boolean(result.error);
  if (failed) reportError(new Error(`Resend failed: ${result.error?.message ?? 'unknown'}`));
  const [row] = await db
    .insert(emailOutbox)
    .values({
      toAddress: message.to,
      userId: message.userId ?? null,
      template: message.template,
      subject: message.subject,
      attachments: attachmentMeta(message),
      provider: 'resend',
      providerMessageId: result.data?.id ?? null,
      status: failed ? 'failed' : 'sent',
      error: failed ? (result.error?.message ?? 'unknown') : null,
      sentAt: failed ? null : new Date(),
    })
    .returning({ id: emailOutbox.id });
  return { id: row!.id };
}
