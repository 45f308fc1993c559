'use client';

import { useState } from 'react';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { Locale } from '@/lib/i18n/translate';
import type { StudioLabels } from './studio-labels';
import type { StudioState } from './studio-state';
import { AddLocaleForm } from './add-locale-form';
import { AddSectionForm } from './add-section-form';
import { SectionRewrite } from './section-rewrite';
import { nameSections } from './section-names';
import type { EditRequest } from './use-studio-actions';

/** Edits of the saved draft: rewrite a section, add a section, add a language. One at a time. */
export function EditPanel({ document, state, isDisabled, uiLocale, onEdit, onLocaleAdded, labels, resetsOn }: {
  document: SiteDocument;
  state: Pick<StudioState, 'busyControl' | 'editError'>;
  isDisabled: boolean;
  uiLocale: Locale;
  onEdit: (control: string, request: EditRequest) => Promise<boolean>;
  onLocaleAdded: (locale: string) => void;
  labels: StudioLabels;
  resetsOn: string;
}) {
  const [openSectionId, setOpenSectionId] = useState<string | null>(null);
  const home = document.pages.find((page) => page.slug === '');
  const sections = nameSections(home?.sections ?? [], uiLocale);
  const isLocked = isDisabled || state.busyControl !== null;
  const errorOf = (control: string) => (state.editError?.control === control ? state.editError.error : null);

  return (
    <section className="card space-y-5" aria-labelledby="studio-edit">
      <h2 id="studio-edit" className="text-lg font-semibold">{labels.edit.title}</h2>
      <div className="space-y-2">
        <h3 className="font-semibold">{labels.edit.sections}</h3>
        <ol className="space-y-2" aria-label={labels.edit.sections}>
          {sections.map((section) => {
            const control = `rewrite:${section.id}`;
            return (
              <SectionRewrite
                key={section.id}
                section={section}
                isOpen={openSectionId === section.id}
                onToggle={(isOpen) => setOpenSectionId(isOpen ? section.id : null)}
                isBusy={state.busyControl === control}
                isDisabled={isLocked}
                error={errorOf(control)}
                onRewrite={(instruction) => onEdit(control, { action: 'rewrite_section', sectionId: section.id, instruction })}
                labels={labels}
                resetsOn={resetsOn}
              />
            );
          })}
        </ol>
      </div>
      <AddSectionForm
        sections={sections}
        uiLocale={uiLocale}
        isBusy={state.busyControl === 'add-section'}
        isDisabled={isLocked}
        error={errorOf('add-section')}
        onAdd={(type, position) => onEdit('add-section', { action: 'add_section', type, ...(position === undefined ? {} : { position }) })}
        labels={labels}
        resetsOn={resetsOn}
      />
      <AddLocaleForm
        siteLocales={document.i18n.locales}
        isBusy={state.busyControl === 'add-locale'}
        isDisabled={isLocked}
        error={errorOf('add-locale')}
        onAdd={async (locale) => {
          const isSaved = await onEdit('add-locale', { action: 'add_locale', locale });
          if (isSaved) onLocaleAdded(locale);
          return isSaved;
        }}
        labels={labels}
        resetsOn={resetsOn}
      />
    </section>
  );
}
