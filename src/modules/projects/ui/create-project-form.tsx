'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Alert, AlertActions, AlertDescription } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { FormError, fieldError } from '@/lib/ui/form-status';
import { Input } from '@/lib/ui/input';
import { Spinner } from '@/lib/ui/spinner';
import { createProjectAction } from '@/modules/projects/actions';

/**
 * An empty project, name and address first (the page says when the plan's sites are all used).
 * `upgradeAction` is the way out of a refusal at the limit (Upgrade, or "Ask my agency" without
 * payments), given by the page: billing is not this module's.
 */
export function CreateProjectForm({ rootDomain, upgradeAction }: { rootDomain: string; upgradeAction: React.ReactNode }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(createProjectAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  const isLimit = state && !state.ok && state.error.code === 'TIER_LIMIT';
  return (
    <div className="space-y-3">
      <form ref={formRef} action={action} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start" noValidate>
        <FormField id="project-name" label={t('dashboard.projectName')} error={fieldError(state, 'name')}>
          {(field) => <Input {...field} name="name" required maxLength={80} />}
        </FormField>
        <FormField
          id="project-slug"
          label={t('dashboard.projectSlug')}
          hint={t.rich('dashboard.slugHint', {
            slug: t('dashboard.slugExample'),
            root: rootDomain,
            // The address stays on one line (a dash is not a place to break it).
            address: (chunks) => <span className="inline-block max-w-full truncate align-bottom font-mono">{chunks}</span>,
          })}
          error={fieldError(state, 'slug')}
        >
          {(field) => (
            <Input
              {...field}
              name="slug"
              maxLength={63}
              placeholder={t('dashboard.slugExample')}
              autoCapitalize="none"
              spellCheck={false}
            />
          )}
        </FormField>
        <Button type="submit" className="sm:mt-6" disabled={pending} aria-busy={pending}>
          {pending ? <Spinner /> : null}
          {pending ? t('common.working') : t('dashboard.create')}
        </Button>
        <div className="sm:col-span-3" aria-live="polite">
          {isLimit ? (
            <Alert variant="warning">
              <AlertDescription>{state.error.message}</AlertDescription>
              <AlertActions>{upgradeAction}</AlertActions>
            </Alert>
          ) : (
            <FormError state={state && !state.ok && !fieldError(state, 'name') && !fieldError(state, 'slug') ? state : null} />
          )}
        </div>
      </form>
    </div>
  );
}
