'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { fieldError } from '@/lib/ui/form-status';
import { FormSubmit } from '@/lib/ui/form-submit';
import { keepTypedValues } from '@/lib/ui/keep-typed-values';
import { Textarea } from '@/lib/ui/textarea';
import type { Locale } from '@/lib/i18n/translate';
import { resetLegalTextAction, saveLegalTextAction } from '../actions';
import { LEGAL_TEXT_MAX, type LegalPageName } from '../legal-pages';

/**
 * The admin's editor of one page in one language. The text is controlled and the form submits
 * through keepTypedValues, so a refused save (empty, too long) leaves what the admin typed.
 */
export function LegalTextEditor({
  page,
  locale,
  initialBody,
  builtInBody,
  isSaved,
}: {
  page: LegalPageName;
  locale: Locale;
  initialBody: string;
  builtInBody: string;
  isSaved: boolean;
}) {
  const t = useTranslations('admin.legal');
  const [body, setBody] = useState(initialBody);
  // Whether this page and language has a saved text (so "back to the built-in text" applies).
  const [hasSaved, setHasSaved] = useState(isSaved);
  const [state, save, saving] = useActionState(async (previous: unknown, data: FormData) => {
    const result = await saveLegalTextAction(previous, data);
    if (result.ok) setHasSaved(true);
    return result;
  }, null);
  const [, reset, resetting] = useActionState(async (previous: unknown, data: FormData) => {
    const result = await resetLegalTextAction(previous, data);
    if (result.ok) {
      setBody(builtInBody);
      setHasSaved(false);
    }
    return result;
  }, null);
  return (
    <div className="space-y-4">
      <form action={save} onSubmit={keepTypedValues(save)} className="space-y-4" noValidate>
        <input type="hidden" name="page" value={page} />
        <input type="hidden" name="locale" value={locale} />
        <FormField label={t('body')} hint={t('hint')} error={fieldError(state, 'body')}>
          {(control) => (
            <Textarea
              {...control}
              name="body"
              lang={locale}
              spellCheck
              maxLength={LEGAL_TEXT_MAX}
              value={body}
              onChange={(event) => setBody(event.target.value)}
              className="min-h-96 font-mono text-sm"
            />
          )}
        </FormField>
        {state?.ok ? (
          <Alert variant="success" data-testid="legal-saved">
            {t('saved')}
          </Alert>
        ) : null}
        <FormSubmit pending={saving} state={state} fields={['body']}>
          {t('save')}
        </FormSubmit>
      </form>
      {hasSaved ? (
        <form action={reset}>
          <input type="hidden" name="page" value={page} />
          <input type="hidden" name="locale" value={locale} />
          <Button type="submit" variant="ghost" disabled={resetting}>
            {t('reset')}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
