'use client';

import { useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { sectionTypes } from '@/modules/document/section-registry';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { NativeSelect } from '@/lib/ui/native-select';
import type { StudioError } from '../wire';
import { StudioErrorAlert } from './studio-error-alert';
import { sectionTypeLabel, type NamedSection } from './section-names';

const END = 'end';

/** "Add a section": a type and where it goes (index among the home page's sections). */
export function AddSectionForm({
  sections,
  isBusy,
  isDisabled,
  error,
  onAdd,
  resetsOn,
}: {
  sections: NamedSection[];
  isBusy: boolean;
  isDisabled: boolean;
  error: StudioError | null;
  onAdd: (type: string, position: number | undefined) => Promise<boolean>;
  resetsOn: Date;
}) {
  const t = useTranslations('studio.edit');
  const tc = useTranslations('common');
  const uiLocale = useLocale();
  const [type, setType] = useState<string>(sectionTypes.find((candidate) => candidate === 'faq') ?? sectionTypes[0]);
  const [position, setPosition] = useState<string>(END);
  // The footer always stays last, so "after" choices stop before it.
  const anchors = sections.filter((section) => section.type !== 'footer');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const index = position === END ? undefined : Number(position);
    if (await onAdd(type, Number.isInteger(index) ? index : undefined)) setPosition(END);
  }

  return (
    <section className="space-y-3" aria-labelledby="studio-add-section">
      <h3 id="studio-add-section" className="font-semibold">
        {t('addSection')}
      </h3>
      <form className="space-y-3" onSubmit={submit} aria-describedby={error ? 'studio-add-section-error' : undefined}>
        <div className="grid gap-3">
          <FormField id="studio-section-type" label={t('sectionType')}>
            {(field) => (
              <NativeSelect {...field} value={type} disabled={isBusy} onChange={(event) => setType(event.target.value)}>
                {sectionTypes
                  .filter((candidate) => candidate !== 'footer')
                  .map((candidate) => (
                    <option key={candidate} value={candidate}>
                      {sectionTypeLabel(candidate, uiLocale)}
                    </option>
                  ))}
              </NativeSelect>
            )}
          </FormField>
          <FormField id="studio-section-position" label={t('position')}>
            {(field) => (
              <NativeSelect {...field} value={position} disabled={isBusy} onChange={(event) => setPosition(event.target.value)}>
                <option value={END}>{t('positionEnd')}</option>
                <option value="0">{t('positionTop')}</option>
                {anchors.slice(0, -1).map((section, index) => (
                  <option key={section.id} value={String(index + 1)}>
                    {t('positionAfter', { section: section.name })}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
        </div>
        <Button type="submit" variant="secondary" className="w-full sm:w-auto" disabled={isDisabled} aria-busy={isBusy}>
          {isBusy ? tc('working') : t('addSectionSubmit')}
        </Button>
        {error ? <StudioErrorAlert id="studio-add-section-error" error={error} resetsOn={resetsOn} /> : null}
      </form>
    </section>
  );
}
