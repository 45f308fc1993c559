import { describe, expect, it } from 'vitest';
import { buildNotificationEmail } from '@/modules/notifications/emails/build-notification-email';
import { describeNotification } from '@/modules/notifications/describe-notification';
import { notificationEventSchema } from '@/modules/notifications/events';

// The mail invoice.finalized sends for a boleto (on-invoice-finalized.ts → payment.boleto_issued),
// rendered as the delivery job renders it: the amount in the reader's money format, the due date,
// and a button to the Billing page — never Stripe's URL from the payload.

const event = notificationEventSchema.parse({
  kind: 'payment.boleto_issued',
  eventId: 'payment.boleto_issued:in_test',
  userId: '0b6f1c52-6a55-4c8e-9a44-1f7d2f0b9a11',
  invoiceId: 'in_test',
  amountCents: 29_700,
  currency: 'brl',
  dueAt: '2026-12-04T12:00:00.000Z',
});

async function render(locale: 'en' | 'pt-BR') {
  const { params, link } = describeNotification(event, null);
  return buildNotificationEmail({
    locale,
    kind: event.kind,
    params,
    url: `https://app.example.com${link}`,
    unsubscribeUrl: 'https://app.example.com/unsubscribe/x',
    settingsUrl: 'https://app.example.com/dashboard/settings/notifications',
  });
}

describe('the boleto mail', () => {
  it('says in Brazilian Portuguese what to pay and by when, and leads to Billing', async () => {
    const mail = await render('pt-BR');
    expect(mail.subject).toBe('Seu boleto está pronto');
    expect(mail.text).toContain('R$\u00a0297,00 com vencimento em 4 de dezembro de 2026');
    expect(mail.html).toContain('https://app.example.com/dashboard/billing');
    expect(mail.text).toContain('Ver o boleto');
    expect(mail.template).toBe('notification_payment.boleto_issued');
  });

  it('in English too', async () => {
    const mail = await render('en');
    expect(mail.subject).toBe('Your boleto is ready');
    expect(mail.text).toContain('R$297.00 due on December 4, 2026');
  });
});
