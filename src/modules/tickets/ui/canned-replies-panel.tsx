'use client';

import { useActionState, useEffect, useRef, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/lib/ui/button';
import { Card } from '@/lib/ui/card';
import { FormField } from '@/lib/ui/form-field';
import { fieldError } from '@/lib/ui/form-status';
import { FormSubmit } from '@/lib/ui/form-submit';
import { Input } from '@/lib/ui/input';
import { Textarea } from '@/lib/ui/textarea';
import { toast } from '@/lib/ui/toaster';
import { deleteCannedReplyAction, saveCannedReplyAction } from '../actions';
import type { CannedReply } from '../manage-canned-replies';
import { keepTypedValues } from '@/lib/ui/keep-typed-values';

/** The agency's saved answers: add one, remove one. They are offered in every ticket's reply form. */
export function CannedRepliesPanel({ replies }: { replies: CannedReply[] }) {
  const t = useTranslations('adminTickets.cannedPanel');
  const [state, action, pending] = useActionState(saveCannedReplyAction, null);
  const [removing, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state?.ok) return;
    formRef.current?.reset();
    toast.success(t('saved'));
  }, [state, t]);
  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">{t('title')}</h2>
      {replies.length ? (
        <ul className="divide-y divide-gray-200 rounded-md border border-gray-200">
          {replies.map((r) => (
            <li key={r.id} className="flex items-start justify-between gap-2 p-2">
              <div className="min-w-0">
                <p className="font-semibold break-words">{r.title}</p>
                <p className="line-clamp-2 text-sm break-words text-muted">{r.body}</p>
              </div>
              <Button
                variant="ghost"
                size="sm"
                disabled={removing}
                aria-label={t('removeNamed', { title: r.title })}
                onClick={() =>
                  startTransition(async () => {
                    const result = await deleteCannedReplyAction({ id: r.id });
                    if (!result.ok) toast.error(result.error.message);
                  })
                }
              >
                {t('remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">{t('empty')}</p>
      )}
      <form ref={formRef} action={action} onSubmit={keepTypedValues(action)} className="space-y-3" noValidate>
        <FormField label={t('titleLabel')} error={fieldError(state, 'title')}>
          {(field) => <Input {...field} name="title" required maxLength={120} />}
        </FormField>
        <FormField label={t('bodyLabel')} error={fieldError(state, 'body')}>
          {(field) => <Textarea {...field} name="body" required rows={3} maxLength={10_000} />}
        </FormField>
        <FormSubmit pending={pending} state={state} fields={['title', 'body']} variant="secondary">
          {t('add')}
        </FormSubmit>
      </form>
    </Card>
  );
}
