'use client';

import { useActionState, useEffect, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/lib/ui/button';
import { Card } from '@/lib/ui/card';
import { FormField } from '@/lib/ui/form-field';
import { fieldError } from '@/lib/ui/form-status';
import { FormSubmit } from '@/lib/ui/form-submit';
import { Textarea } from '@/lib/ui/textarea';
import { toast } from '@/lib/ui/toaster';
import { changeTicketStatusAction, rateTicketAction, replyToTicketAction } from '../actions';
import type { TicketStatus } from '../ticket-status';
import { AttachmentField } from './attachment-field';
import { keepTypedValues } from '@/lib/ui/keep-typed-values';

export function ReplyForm({ ticketId, children }: { ticketId: string; children?: React.ReactNode }) {
  const t = useTranslations('tickets');
  const [state, action, pending] = useActionState(replyToTicketAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state?.ok) return;
    formRef.current?.reset();
    toast.success(t('replySent'));
  }, [state, t]);
  return (
    <form ref={formRef} action={action} onSubmit={keepTypedValues(action)} className="space-y-3" noValidate>
      <input type="hidden" name="ticketId" value={ticketId} />
      <FormField label={t('reply')} error={fieldError(state, 'body')}>
        {(field) => <Textarea {...field} name="body" required rows={4} maxLength={10_000} />}
      </FormField>
      {children}
      <AttachmentField key={state?.ok ? state.data.messageId : 'draft'} />
      <FormSubmit pending={pending} state={state} fields={['body']}>
        {t('send')}
      </FormSubmit>
    </form>
  );
}

/** The client's side of an open or resolved ticket: reply, resolve, reopen (7 days), rate. */
export function ClientTicketActions({
  ticketId,
  status,
  canReopen,
  rating,
}: {
  ticketId: string;
  status: TicketStatus;
  canReopen: boolean;
  rating: { score: number; comment: string | null } | null;
}) {
  const t = useTranslations('tickets');
  const [pending, startTransition] = useTransition();
  const move = (next: TicketStatus, done: string) =>
    startTransition(async () => {
      const result = await changeTicketStatusAction({ ticketId, status: next });
      if (!result.ok) toast.error(result.error.message);
      else toast.success(done);
    });
  const isOpen = status === 'open' || status === 'in_progress' || status === 'waiting_for_client';
  return (
    <div className="space-y-4">
      {isOpen ? (
        <Card className="space-y-3">
          <ReplyForm ticketId={ticketId} />
          <div className="border-t border-gray-200 pt-3">
            <Button variant="secondary" disabled={pending} onClick={() => move('resolved', t('resolvedToast'))}>
              {t('resolve')}
            </Button>
          </div>
        </Card>
      ) : null}
      {canReopen ? (
        <Button variant="secondary" disabled={pending} onClick={() => move('open', t('reopenedToast'))}>
          {t('reopen')}
        </Button>
      ) : null}
      {!isOpen ? rating ? <RatingShown rating={rating} /> : <RatingForm ticketId={ticketId} /> : null}
    </div>
  );
}

function RatingShown({ rating }: { rating: { score: number; comment: string | null } }) {
  const t = useTranslations('tickets.rating');
  return (
    <Card className="space-y-1" data-testid="ticket-rating">
      <p className="font-semibold">{t('thanks', { score: rating.score })}</p>
      {rating.comment ? <p className="text-sm break-words text-muted">{rating.comment}</p> : null}
    </Card>
  );
}

function RatingForm({ ticketId }: { ticketId: string }) {
  const t = useTranslations('tickets.rating');
  const [state, action, pending] = useActionState(rateTicketAction, null);
  const [score, setScore] = useState<number | null>(null);
  return (
    <Card className="space-y-3">
      <form action={action} className="space-y-3" noValidate>
        <input type="hidden" name="ticketId" value={ticketId} />
        <fieldset>
          <legend className="font-semibold">{t('title')}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {[1, 2, 3, 4, 5].map((n) => (
              <label
                key={n}
                className="flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-md border border-gray-300 px-3 has-checked:border-brand-600 has-checked:bg-brand-100 has-focus-visible:ring-2 has-focus-visible:ring-brand-600"
              >
                <input
                  type="radio"
                  name="score"
                  value={n}
                  className="sr-only"
                  checked={score === n}
                  onChange={() => setScore(n)}
                  required
                />
                <span aria-hidden="true">{n}</span>
                <span className="sr-only">{t('score', { score: n })}</span>
              </label>
            ))}
          </div>
          <p className="mt-1 text-xs text-muted">{t('scale')}</p>
        </fieldset>
        <FormField label={t('comment')} error={fieldError(state, 'comment')}>
          {(field) => <Textarea {...field} name="comment" rows={2} maxLength={1000} />}
        </FormField>
        <FormSubmit pending={pending} state={state} disabled={score === null}>
          {t('submit')}
        </FormSubmit>
      </form>
    </Card>
  );
}
