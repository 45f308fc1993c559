'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/lib/ui/alert';
import { FormField } from '@/lib/ui/form-field';
import { fieldError } from '@/lib/ui/form-status';
import { FormSubmit } from '@/lib/ui/form-submit';
import { Input } from '@/lib/ui/input';
import { setDisplayNameAction } from '../profile-actions';

/** The account page's name field: shown in the header instead of the email; empty shows the email again. */
export function DisplayNameForm({ initialName }: { initialName: string | null }) {
  const t = useTranslations('account.name');
  // Controlled: a refused name stays in the box to correct.
  const [name, setName] = useState(initialName ?? '');
  const [state, action, pending] = useActionState(setDisplayNameAction, null);
  const saved = state?.ok ? state.data.displayName : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormField label={t('label')} hint={t('hint')} error={fieldError(state, 'displayName')}>
        {(control) => (
          <Input
            {...control}
            name="displayName"
            autoComplete="name"
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.target.value)}
            className="max-w-sm"
          />
        )}
      </FormField>
      {saved !== undefined ? (
        <Alert variant="success" data-testid="display-name-saved">
          {saved ? t('saved', { name: saved }) : t('cleared')}
        </Alert>
      ) : null}
      <div className="flex flex-col items-start gap-2">
        <FormSubmit pending={pending} state={state} fields={['displayName']} variant="secondary">
          {t('submit')}
        </FormSubmit>
      </div>
    </form>
  );
}
