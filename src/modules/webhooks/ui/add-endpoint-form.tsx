'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Alert, AlertDescription, AlertTitle } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { Input } from '@/lib/ui/input';
import { createWebhookEndpointAction } from '../actions';
import { SENT_WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../event-catalogue';

/**
 * Each event's plain-words label (`webhooks.eventLabels`), spelled out so the catalogue check sees
 * every key used; a new event without a label does not compile.
 */
const EVENT_LABELS = {
  'lead.created': 'eventLabels.lead_created',
  'site.published': 'eventLabels.site_published',
  'site.down': 'eventLabels.site_down',
  'site.up': 'eventLabels.site_up',
  'ticket.created': 'eventLabels.ticket_created',
  'ticket.replied': 'eventLabels.ticket_replied',
  'ticket.sla_breached': 'eventLabels.ticket_sla_breached',
  'invoice.paid': 'eventLabels.invoice_paid',
  'invoice.payment_failed': 'eventLabels.invoice_payment_failed',
  'domain.verified': 'eventLabels.domain_verified',
  'domain.needs_attention': 'eventLabels.domain_needs_attention',
  'usage.threshold': 'eventLabels.usage_threshold',
  'generation.finished': 'eventLabels.generation_finished',
} as const satisfies Record<WebhookEventType, string>;

/** Add an endpoint; its signing secret is shown here once, right after. */
export function AddEndpointForm() {
  const t = useTranslations('webhooks');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const submit = (form: FormData) =>
    startTransition(async () => {
      const eventTypes = form.getAll('eventTypes').map(String) as WebhookEventType[];
      const result = await createWebhookEndpointAction({
        url: String(form.get('url') ?? ''),
        description: String(form.get('description') ?? ''),
        eventTypes,
      });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      setSecret(result.data.secret);
      router.refresh();
    });

  return (
    <form action={submit} className="space-y-4">
      <FormField label={t('url')} hint={t('urlHint')}>
        {(control) => <Input {...control} name="url" type="url" inputMode="url" required maxLength={2000} placeholder="https://" />}
      </FormField>
      <FormField label={t('description')}>{(control) => <Input {...control} name="description" maxLength={200} />}</FormField>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t('events')}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {SENT_WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" name="eventTypes" value={type} defaultChecked={type === 'lead.created'} className="size-4" />
              <span className="flex flex-col">
                <code>{type}</code>
                <span className="text-xs text-slate-600">{t(EVENT_LABELS[type])}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {error ? <Alert variant="error">{error}</Alert> : null}
      {secret ? (
        <Alert variant="success">
          <AlertTitle>{t('secretTitle')}</AlertTitle>
          <AlertDescription>
            <p>{t('secretOnce')}</p>
            <code className="block break-all rounded bg-white/60 p-2" data-testid="webhook-secret">
              {secret}
            </code>
          </AlertDescription>
        </Alert>
      ) : null}
      <Button type="submit" disabled={isPending}>
        {t('add')}
      </Button>
    </form>
  );
}
