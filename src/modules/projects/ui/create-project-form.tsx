'use client';

import { useActionState, useEffect, useRef } from 'react';
import Link from 'next/link';
import { FormError, fieldError } from '@/lib/ui/form-status';
import { createProjectAction } from '@/modules/projects/actions';

type Labels = { name: string; slug: string; slugHint: string; create: string; working: string; upgrade: string };

export function CreateProjectForm({ labels, rootDomain }: { labels: Labels; rootDomain: string }) {
  const [state, action, pending] = useActionState(createProjectAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  const isLimit = state && !state.ok && state.error.code === 'TIER_LIMIT';
  return (
    <form ref={formRef} action={action} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start" noValidate>
      <div>
        <label className="label" htmlFor="project-name">{labels.name}</label>
        <input id="project-name" name="name" className="input" required maxLength={80} aria-invalid={fieldError(state, 'name') ? true : undefined} aria-describedby={fieldError(state, 'name') ? 'project-name-err' : undefined} />
        {fieldError(state, 'name') ? <p id="project-name-err" className="field-error">{fieldError(state, 'name')}</p> : null}
      </div>
      <div>
        <label className="label" htmlFor="project-slug">{labels.slug}</label>
        <input id="project-slug" name="slug" className="input" maxLength={63} placeholder="my-bakery" autoCapitalize="none" spellCheck={false} aria-describedby="project-slug-hint" />
        <p id="project-slug-hint" className="mt-1 text-xs text-muted">{labels.slugHint.replace('{slug}', '…').replace('{root}', rootDomain)}</p>
        {fieldError(state, 'slug') ? <p className="field-error">{fieldError(state, 'slug')}</p> : null}
      </div>
      <button type="submit" className="btn-primary sm:mt-6" disabled={pending} aria-busy={pending}>
        {pending ? labels.working : labels.create}
      </button>
      <div className="sm:col-span-3" aria-live="polite">
        {isLimit ? (
          <div role="alert" className="flex flex-col gap-2 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900 sm:flex-row sm:items-center sm:justify-between">
            <span>{state.error.message}</span>
            <Link href="/dashboard/billing" className="btn-primary">{labels.upgrade}</Link>
          </div>
        ) : (
          <FormError state={state && !state.ok && !fieldError(state, 'name') && !fieldError(state, 'slug') ? state : null} />
        )}
      </div>
    </form>
  );
}
