'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Plus } from 'lucide-react';
import type { Locale } from '@/lib/i18n/translate';
import { isSectionType, sectionTypes, type SectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { nameSections, sectionTypeLabel } from '@/modules/generate/ui/section-names';
import { Button } from '@/lib/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/lib/ui/dialog';
import { FormField } from '@/lib/ui/form-field';
import { NativeSelect } from '@/lib/ui/native-select';
import type { EditOperation } from '../edit-operation';
import { blankSectionOp } from '../new-content';

// The footer is part of every page already; a second one is never what someone wants.
const ADDABLE = sectionTypes.filter((type) => type !== 'footer');

/**
 * Adds a blank section of a chosen type at a chosen place of the page: placeholder texts in
 * every language (to type over in the canvas or the properties), stock art for required photos.
 * One operation, so one undo removes it and its texts.
 */
export function AddSectionDialog({
  document,
  pageSlug,
  apply,
  onAdded,
}: {
  document: SiteDocument;
  pageSlug: string;
  apply: (op: EditOperation) => void;
  /** Called with the new section's id (the editor selects it). */
  onAdded: (sectionId: string) => void;
}) {
  const t = useTranslations('editor.addSection');
  const uiLocale = useLocale() as Locale;
  const [isOpen, setOpen] = useState(false);
  const page = document.pages.find((candidate) => candidate.slug === pageSlug);
  const sections = page?.sections ?? [];
  const listed = sections.filter((section) => section.type !== 'footer');
  const names = nameSections(listed, uiLocale);
  const footerIndex = sections.findIndex((section) => section.type === 'footer');
  const endIndex = footerIndex >= 0 ? footerIndex : sections.length;
  const [type, setType] = useState<SectionType>('features');
  const [position, setPosition] = useState<string>('end');

  const add = () => {
    const index = position === 'start' ? 0 : position === 'end' ? endIndex : sections.findIndex((section) => section.id === position) + 1;
    const op = blankSectionOp(document, pageSlug, type, Math.max(0, Math.min(index, sections.length)));
    if (!op || op.op !== 'insert-section') return;
    apply(op);
    onAdded(String(op.section.id));
    setOpen(false);
  };

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setOpen(open);
        if (open) setPosition('end');
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" className="w-full">
          <Plus aria-hidden="true" />
          {t('open')}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t('close')} data-testid="add-section">
        <DialogHeader>
          <DialogTitle>{t('title')}</DialogTitle>
          <DialogDescription>{t('description')}</DialogDescription>
        </DialogHeader>
        <FormField label={t('type')}>
          {(control) => (
            <NativeSelect {...control} value={type} onChange={(event) => isSectionType(event.target.value) && setType(event.target.value)}>
              {ADDABLE.map((option) => (
                <option key={option} value={option}>
                  {sectionTypeLabel(option, uiLocale)}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
        <FormField label={t('position')}>
          {(control) => (
            <NativeSelect {...control} value={position} onChange={(event) => setPosition(event.target.value)}>
              <option value="start">{t('atStart')}</option>
              {listed.map((section, index) => (
                <option key={section.id} value={index === listed.length - 1 ? 'end' : section.id}>
                  {t('after', { name: names[index]!.name })}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
        <DialogFooter>
          <Button onClick={add}>{t('confirm')}</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
