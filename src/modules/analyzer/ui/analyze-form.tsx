'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/lib/ui/button';
import { FormError, fieldError } from '@/lib/ui/form-status';
import { FormField } from '@/lib/ui/form-field';
import { Input } from '@/lib/ui/input';
import { keepTypedValues } from '@/lib/ui/keep-typed-values';
import { useRequestAnalysis } from './use-request-analysis';

export function AnalyzeForm() {
  const t = useTranslations('analyzer');
  const [state, action, pending] = useRequestAnalysis();
  return (
    // A refused address (internal, mistyped, over the limit) stays in the box to correct.
    <form action={action} onSubmit={keepTypedValues(action)} className="space-y-3" noValidate>
      <FormField label={t('urlLabel')} hint={t('urlHint')} error={fieldError(state, 'url')}>
        {(control) => <Input {...control} name="url" type="url" inputMode="url" autoComplete="url" placeholder="https://" required />}
      </FormField>
      <FormError state={state} fields={['url']} />
      <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
