'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/lib/ui/alert';
import { Card } from '@/lib/ui/card';
import { FormField } from '@/lib/ui/form-field';
import { fieldError } from '@/lib/ui/form-status';
import { FormSubmit } from '@/lib/ui/form-submit';
import { Input } from '@/lib/ui/input';
import { NativeSelect } from '@/lib/ui/native-select';
import { Textarea } from '@/lib/ui/textarea';
import { createTicketAction } from '../actions';
import { TICKET_PRIORITIES } from '../ticket-status';
import { AttachmentField } from './attachment-field';
import { keepTypedValues } from '@/lib/ui/keep-typed-values';

/**
 * Opens a ticket: subject, description, priority and (optionally) which site it is about. With a
 * `prefill` ("Ask my agency" on a limit message) the form arrives written and takes the focus.
 */
export function NewTicketForm({
  projects,
  prefill = null,
}: {
  projects: Array<{ id: string; name: string }>;
  prefill?: { subject: string; description: string } | null;
}) {
  const t = useTranslations('tickets');
  // On success the action redirects to the new ticket; only errors come back here.
  const [state, action, pending] = useActionState(createTicketAction, null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isPrefilled = prefill !== null;
  useEffect(() => {
    // Keyboard and screen-reader users land on the form they came for, its notice read next.
    if (isPrefilled) headingRef.current?.focus();
  }, [isPrefilled]);
  return (
    <Card className="scroll-mt-4 space-y-3" id="new-ticket" data-testid="new-ticket">
      <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
        {t('newTitle')}
      </h2>
      {prefill ? (
        <Alert variant="info" role="note" data-testid="ticket-prefilled">
          {t('prefilled')}
        </Alert>
      ) : null}
      <form action={action} onSubmit={keepTypedValues(action)} className="space-y-3" noValidate>
        <FormField label={t('subject')} error={fieldError(state, 'subject')}>
          {(field) => <Input {...field} name="subject" required maxLength={200} defaultValue={prefill?.subject} />}
        </FormField>
        <FormField label={t('description')} hint={t('descriptionHint')} error={fieldError(state, 'description')}>
          {(field) => <Textarea {...field} name="description" required rows={5} maxLength={10_000} defaultValue={prefill?.description} />}
        </FormField>
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField label={t('priority')}>
            {(field) => (
              <NativeSelect {...field} name="priority" defaultValue="medium">
                {TICKET_PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {t('priorityLabel', { priority: p })}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          {projects.length ? (
            <FormField label={t('project')}>
              {(field) => (
                <NativeSelect {...field} name="projectId" defaultValue="">
                  <option value="">{t('noProject')}</option>
                  {projects.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FormField>
          ) : null}
        </div>
        <AttachmentField />
        <FormSubmit pending={pending} state={state} fields={['subject', 'description']}>
          {t('submit')}
        </FormSubmit>
      </form>
    </Card>
  );
}
