'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Plus, Sparkles } from 'lucide-react';
import type { Locale } from '@/lib/i18n/translate';
import { isSectionType, sectionTypes, type SectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { nameSections, sectionTypeLabel } from '@/modules/generate/ui/section-names';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/lib/ui/dialog';
import { FormField } from '@/lib/ui/form-field';
import { NativeSelect } from '@/lib/ui/native-select';
import { Spinner } from '@/lib/ui/spinner';
import { Textarea } from '@/lib/ui/textarea';
import { writeSectionAction } from '../ai-text-actions';
import type { EditOperation } from '../edit-operation';
import { blankSectionOp } from '../new-content';
import { writtenSectionOp } from '../written-section-op';

// The footer is part of every page already; a second one is never what someone wants.
const ADDABLE = sectionTypes.filter((type) => type !== 'footer');

/**
 * Adds a section of a chosen type at a chosen place of the page: written for the site by the AI
 * (or, offline, the composer) from an optional wish, or blank — placeholder texts in every
 * language (to type over in the canvas or the properties), stock art for required photos.
 * One operation either way, so one undo removes it and its texts.
 */
export function AddSectionDialog({
  projectId,
  document,
  pageSlug,
  apply,
  onAdded,
}: {
  projectId: string;
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
  // Kept while the dialog is closed and opened again: a wish typed is not lost.
  const [wish, setWish] = useState('');
  const [isWriting, setIsWriting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const insertIndex = () => {
    const index = position === 'start' ? 0 : position === 'end' ? endIndex : sections.findIndex((section) => section.id === position) + 1;
    return Math.max(0, Math.min(index, sections.length));
  };

  const insert = (op: EditOperation | null) => {
    if (!op || op.op !== 'insert-section') return;
    apply(op);
    onAdded(String(op.section.id));
    setOpen(false);
  };

  const addBlank = () => insert(blankSectionOp(document, pageSlug, type, insertIndex()));

  const write = async () => {
    setIsWriting(true);
    setError(null);
    const result = await writeSectionAction({ projectId, pageSlug, type, ...(wish.trim() ? { instruction: wish.trim() } : {}) });
    setIsWriting(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    insert(writtenSectionOp(document, pageSlug, insertIndex(), result.data));
    setWish('');
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
        <FormField label={t('wish')} hint={t('wishHint')}>
          {(control) => (
            <Textarea
              {...control}
              rows={2}
              maxLength={500}
              value={wish}
              disabled={isWriting}
              onChange={(event) => setWish(event.target.value)}
            />
          )}
        </FormField>
        {error ? <Alert variant="error">{error}</Alert> : null}
        <DialogFooter>
          <Button variant="secondary" onClick={addBlank} disabled={isWriting}>
            {t('confirm')}
          </Button>
          <Button onClick={() => void write()} disabled={isWriting} aria-busy={isWriting}>
            {isWriting ? <Spinner /> : <Sparkles aria-hidden="true" />}
            {isWriting ? t('writing') : t('write')}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
