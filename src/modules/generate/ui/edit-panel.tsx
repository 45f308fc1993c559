'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { Card, CardTitle } from '@/lib/ui/card';
import type { EditRequest } from '../wire';
import type { StudioState } from './studio-state';
import { AddLocaleForm } from './add-locale-form';
import { AddSectionForm } from './add-section-form';
import { SectionRewrite } from './section-rewrite';
import { nameSections } from './section-names';

/** Edits of the saved draft: rewrite a section, add a section, add a language. One at a time. */
export function EditPanel({
  document,
  state,
  isDisabled,
  onEdit,
  onLocaleAdded,
  resetsOn,
}: {
  document: SiteDocument;
  state: Pick<StudioState, 'busyControl' | 'editError'>;
  isDisabled: boolean;
  onEdit: (control: string, request: EditRequest) => Promise<boolean>;
  onLocaleAdded: (locale: string) => void;
  resetsOn: Date;
}) {
  const t = useTranslations('studio.edit');
  const uiLocale = useLocale();
  const [openSectionId, setOpenSectionId] = useState<string | null>(null);
  const home = document.pages.find((page) => page.slug === '');
  const sections = nameSections(home?.sections ?? [], uiLocale);
  const isLocked = isDisabled || state.busyControl !== null;
  const errorOf = (control: string) => (state.editError?.control === control ? state.editError.error : null);

  return (
    <Card>
      <section className="space-y-5" aria-labelledby="studio-edit">
        <CardTitle id="studio-edit">{t('title')}</CardTitle>
        <div className="space-y-2">
          <h3 className="font-semibold">{t('sections')}</h3>
          <ol className="space-y-2" aria-label={t('sections')}>
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
                  resetsOn={resetsOn}
                />
              );
            })}
          </ol>
        </div>
        <AddSectionForm
          sections={sections}
          isBusy={state.busyControl === 'add-section'}
          isDisabled={isLocked}
          error={errorOf('add-section')}
          onAdd={(type, position) =>
            onEdit('add-section', { action: 'add_section', type, ...(position === undefined ? {} : { position }) })
          }
          resetsOn={resetsOn}
        />
        <AddLocaleForm
          siteLocales={document.i18n.locales}
          isBusy={state.busyControl === 'add-locale'}
          isDisabled={isLocked}
          error={errorOf('add-locale')}
          onAdd={async (locale) => {
            const isSaved = await onEdit('add-locale', {
              action: 'add_locale',
              locale: locale as Extract<EditRequest, { action: 'add_locale' }>['locale'],
            });
            if (isSaved) onLocaleAdded(locale);
            return isSaved;
          }}
          resetsOn={resetsOn}
        />
      </section>
    </Card>
  );
}
