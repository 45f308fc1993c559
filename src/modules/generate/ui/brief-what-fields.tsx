'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Info } from 'lucide-react';
import { FormField } from '@/lib/ui/form-field';
import { Input } from '@/lib/ui/input';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import type { SiteBriefState } from './use-site-brief';

/** One kind of the taxonomy as the picker offers it, in the person's language. */
export type KindChoice = { id: string; label: string };

export const NO_TEMPLATE = 'none';

/**
 * What the business is, in the person's words (the site is written from them), and the closest
 * template from our kinds — searchable, with "none of these". A description we have no template
 * for is said plainly, and still changes the site: it is written from those words.
 */
export function BriefWhatFields({
  brief,
  state,
  kindChoices,
  isDisabled,
  id,
}: {
  brief: SiteBrief;
  state: SiteBriefState;
  kindChoices: readonly KindChoice[];
  isDisabled: boolean;
  id: string;
}) {
  const t = useTranslations('studio.brief');
  const chosen = kindChoices.find((choice) => choice.id === brief.kind.id);
  const isCertain = (brief.kind.confidence ?? 'certain') === 'certain';
  const [template, setTemplate] = useState<string | null>(null);
  const shown =
    template ?? (isCertain && chosen ? chosen.label : brief.kind.confidence === 'near' && chosen ? chosen.label : t('templateNone'));

  function pickTemplate(value: string) {
    setTemplate(value);
    const match = kindChoices.find((choice) => choice.label.toLocaleLowerCase() === value.trim().toLocaleLowerCase());
    if (match) state.correctKind(match.id);
    else if (value.trim().toLocaleLowerCase() === t('templateNone').toLocaleLowerCase()) state.correctKind(brief.what || NO_TEMPLATE);
  }

  return (
    <>
      <FormField id={`${id}-what`} label={t('what')} hint={t('whatHint')}>
        {(field) => (
          <Input
            {...field}
            value={brief.what ?? ''}
            maxLength={120}
            disabled={isDisabled}
            onChange={(event) => {
              setTemplate(null);
              state.correctWhat(event.target.value);
            }}
          />
        )}
      </FormField>
      <FormField id={`${id}-template`} label={t('template')} hint={t('templateHint')}>
        {(field) => (
          <>
            <Input
              {...field}
              list={`${id}-templates`}
              value={shown}
              maxLength={60}
              disabled={isDisabled}
              autoComplete="off"
              onFocus={(event) => event.currentTarget.select()}
              onChange={(event) => pickTemplate(event.target.value)}
            />
            <datalist id={`${id}-templates`}>
              <option value={t('templateNone')} />
              {kindChoices.map((choice) => (
                <option key={choice.id} value={choice.label} />
              ))}
            </datalist>
          </>
        )}
      </FormField>
      {!isCertain ? (
        <p className="flex gap-2 rounded-lg bg-sky-50 p-3 text-sm text-sky-900 @lg:col-span-2" role="note" data-testid="brief-no-template">
          <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>{t('noTemplate')}</span>
        </p>
      ) : null}
    </>
  );
}
