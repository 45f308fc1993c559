'use client';

import { useActionState, useId } from 'react';
import type { ActionResult } from '@/lib/actions/define-action';
import { FormError, fieldError } from '@/lib/ui/form-status';

type Action<T> = (prev: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
type Labels = Record<string, string>;

function Field(props: { name: string; label: string; type?: string; autoComplete?: string; hint?: string; error?: string; required?: boolean }) {
  // Two forms share a page (password + magic link): ids must be unique.
  const id = `${useId()}-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label className="label" htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete}
        required={props.required ?? true}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        className="input"
      />
      {props.hint ? <p id={`${id}-hint`} className="mt-1 text-sm text-muted">{props.hint}</p> : null}
      {props.error ? <p id={`${id}-err`} className="field-error">{props.error}</p> : null}
    </div>
  );
}

export function PasswordForm({ mode, action, labels, next }: { mode: 'sign-in' | 'sign-up'; action: Action<unknown>; labels: Labels; next?: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const done = state?.ok ? (state.data as { status?: string } | undefined) : undefined;
  if (done?.status === 'check_email') return <p role="status" className="rounded-xl bg-brand-50 p-4">{labels.checkEmail}</p>;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next ?? ''} />
      {mode === 'sign-up' ? <Field name="displayName" label={labels.displayName!} autoComplete="name" required={false} error={fieldError(state, 'displayName')} /> : null}
      <Field name="email" label={labels.email!} type="email" autoComplete="email" error={fieldError(state, 'email')} />
      <Field
        name="password"
        label={labels.password!}
        type="password"
        autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
        hint={mode === 'sign-up' ? labels.passwordHint : undefined}
        error={fieldError(state, 'password')}
      />
      <FormError state={state} />
      <button type="submit" className="btn-primary w-full" disabled={pending} aria-busy={pending}>
        {pending ? labels.working : labels.submit}
      </button>
    </form>
  );
}

export function EmailOnlyForm({ action, labels, next }: { action: Action<{ email: string; isLocalOutbox?: boolean }>; labels: Labels; next?: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <div role="status" className="space-y-2 rounded-xl bg-brand-50 p-4 text-sm">
        <p>{labels.sent!.replace('{email}', state.data.email)}</p>
        {state.data.isLocalOutbox && labels.sentLocal ? <p className="text-muted">{labels.sentLocal}</p> : null}
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next ?? ''} />
      <Field name="email" label={labels.email!} type="email" autoComplete="email" error={fieldError(state, 'email')} />
      <FormError state={state} />
      <button type="submit" className="btn-secondary w-full" disabled={pending} aria-busy={pending}>
        {pending ? labels.working : labels.submit}
      </button>
    </form>
  );
}

export function NewPasswordForm({ action, labels }: { action: Action<unknown>; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <Field name="password" label={labels.password!} type="password" autoComplete="new-password" hint={labels.passwordHint} error={fieldError(state, 'password')} />
      <FormError state={state} />
      <button type="submit" className="btn-primary w-full" disabled={pending} aria-busy={pending}>
        {pending ? labels.working : labels.submit}
      </button>
    </form>
  );
}
