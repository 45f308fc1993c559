'use client';

import { useActionState, useEffect, useRef, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { Card } from '@/lib/ui/card';
import { FormField } from '@/lib/ui/form-field';
import { fieldError } from '@/lib/ui/form-status';
import { FormSubmit } from '@/lib/ui/form-submit';
import { Input } from '@/lib/ui/input';
import { NativeSelect } from '@/lib/ui/native-select';
import { Textarea } from '@/lib/ui/textarea';
import { toast } from '@/lib/ui/toaster';
import { addInternalNoteAction, assignTicketAction, changeTicketStatusAction, mergeTicketsAction, replyToTicketAction } from '../actions';
import { AttachmentField } from './attachment-field';
import type { CannedReply } from '../manage-canned-replies';
import { AGENCY_STATUSES, type TicketStatus } from '../ticket-status';
import { keepTypedValues } from '@/lib/ui/keep-typed-values';

type StaffMember = { id: string; email: string; role: 'admin' | 'developer' };

/**
 * The agency's side of a ticket: reply (with canned replies), internal note and status — and, for
 * admins (`staff` given), assignment and merge. The developer a ticket is assigned to gets the
 * first three; the database holds the same line.
 */
export function AgencyTicketActions({
  ticketId,
  status,
  assigneeId,
  staff,
  cannedReplies,
  isMerged,
}: {
  ticketId: string;
  status: TicketStatus;
  assigneeId: string | null;
  /** Who may be assigned: given to admins only (null: this person does not assign or merge). */
  staff: StaffMember[] | null;
  cannedReplies: CannedReply[];
  isMerged: boolean;
}) {
  const t = useTranslations('adminTickets');
  const ts = useTranslations('tickets');
  const [pending, startTransition] = useTransition();
  const run = (fn: () => Promise<{ ok: true } | { ok: false; error: { message: string } }>, done: string) =>
    startTransition(async () => {
      const result = await fn();
      if (!result.ok) toast.error(result.error.message);
      else toast.success(done);
    });
  if (isMerged) return null;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {status !== 'closed' ? <AgencyReplyForm ticketId={ticketId} cannedReplies={cannedReplies} /> : null}
      <NoteForm ticketId={ticketId} />
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{staff ? t('manage') : t('statusLabel')}</h2>
        {staff ? (
          <FormField label={t('assignee')}>
            {(field) => (
              <NativeSelect
                {...field}
                value={assigneeId ?? ''}
                disabled={pending}
                onChange={(e) => run(() => assignTicketAction({ ticketId, assigneeId: e.target.value }), t('assigned'))}
              >
                <option value="">{t('unassigned')}</option>
                {staff.map((person) => (
                  <option key={person.id} value={person.id}>
                    {t('staffOption', { email: person.email, role: person.role })}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
        ) : null}
        <FormField label={t('statusLabel')}>
          {(field) => (
            <NativeSelect
              {...field}
              value={status}
              disabled={pending}
              onChange={(e) =>
                run(() => changeTicketStatusAction({ ticketId, status: e.target.value as TicketStatus }), t('statusChanged'))
              }
            >
              {AGENCY_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ts('status', { status: s, audience: 'agency' })}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
        {staff ? <MergeForm ticketId={ticketId} /> : null}
      </Card>
    </div>
  );
}

function AgencyReplyForm({ ticketId, cannedReplies }: { ticketId: string; cannedReplies: CannedReply[] }) {
  const t = useTranslations('adminTickets');
  const [state, action, pending] = useActionState(replyToTicketAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!state?.ok) return;
    formRef.current?.reset();
    toast.success(t('replySent'));
  }, [state, t]);
  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">{t('replyTitle')}</h2>
      <form ref={formRef} action={action} onSubmit={keepTypedValues(action)} className="space-y-3" noValidate>
        <input type="hidden" name="ticketId" value={ticketId} />
        {cannedReplies.length ? (
          <FormField label={t('canned')}>
            {(field) => (
              <NativeSelect
                {...field}
                defaultValue=""
                onChange={(e) => {
                  const chosen = cannedReplies.find((c) => c.id === e.target.value);
                  if (chosen && bodyRef.current) bodyRef.current.value = chosen.body;
                }}
              >
                <option value="">{t('cannedPick')}</option>
                {cannedReplies.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
        ) : null}
        <FormField label={t('replyLabel')} hint={t('replyHint')} error={fieldError(state, 'body')}>
          {(field) => <Textarea {...field} ref={bodyRef} name="body" required rows={5} maxLength={10_000} />}
        </FormField>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" name="waitForClient" className="size-5 accent-brand-600" />
          {t('waitForClient')}
        </label>
        <AttachmentField key={state?.ok ? state.data.messageId : 'draft'} />
        <FormSubmit pending={pending} state={state} fields={['body']}>
          {t('sendReply')}
        </FormSubmit>
      </form>
    </Card>
  );
}

function NoteForm({ ticketId }: { ticketId: string }) {
  const t = useTranslations('adminTickets');
  const [state, action, pending] = useActionState(addInternalNoteAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state?.ok) return;
    formRef.current?.reset();
    toast.success(t('noteAdded'));
  }, [state, t]);
  return (
    <Card className="space-y-3 border-amber-300 bg-amber-50">
      <h2 className="text-lg font-semibold">{t('noteTitle')}</h2>
      <form ref={formRef} action={action} onSubmit={keepTypedValues(action)} className="space-y-3" noValidate>
        <input type="hidden" name="ticketId" value={ticketId} />
        <FormField label={t('noteLabel')} hint={t('noteHint')} error={fieldError(state, 'body')}>
          {(field) => <Textarea {...field} name="body" required rows={3} maxLength={10_000} />}
        </FormField>
        <AttachmentField key={state?.ok ? state.data.noteId : 'draft'} />
        <FormSubmit pending={pending} state={state} fields={['body']} variant="secondary">
          {t('addNote')}
        </FormSubmit>
      </form>
    </Card>
  );
}

function MergeForm({ ticketId }: { ticketId: string }) {
  const t = useTranslations('adminTickets');
  const router = useRouter();
  const [state, action, pending] = useActionState(mergeTicketsAction, null);
  useEffect(() => {
    if (!state?.ok) return;
    toast.success(t('merged'));
    router.push(`/admin/tickets/${state.data.intoTicketId}`);
  }, [state, t, router]);
  return (
    <form action={action} onSubmit={keepTypedValues(action)} className="space-y-2 border-t border-gray-200 pt-3" noValidate>
      <input type="hidden" name="ticketId" value={ticketId} />
      <FormField label={t('mergeLabel')} hint={t('mergeHint')} error={fieldError(state, 'intoTicketNumber')}>
        {(field) => <Input {...field} name="intoTicketNumber" inputMode="numeric" pattern="[0-9]*" required />}
      </FormField>
      <FormSubmit pending={pending} state={state} fields={['intoTicketNumber']} variant="secondary">
        {t('merge')}
      </FormSubmit>
    </form>
  );
}
