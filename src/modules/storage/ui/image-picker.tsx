'use client';

import { useState, type ComponentType } from 'react';
import { useTranslations } from 'next-intl';
import { ArrowLeft } from 'lucide-react';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/lib/ui/dialog';
import { FormField } from '@/lib/ui/form-field';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/lib/ui/tabs';
import { Spinner } from '@/lib/ui/spinner';
import { Textarea } from '@/lib/ui/textarea';
import { STOCK_PROVIDER_NAMES, type ImageCredit } from '@/modules/document/primitives';
import type { SitePhotoEntry } from '../list-site-photos';
import { suggestAltText } from '../suggest-alt-text';
import { ImagePickerGrid } from './image-picker-grid';

/** `credit`: a stock photo's, to keep with the picture in the document (the live site shows it). */
export type PickedImage = { fileId: string; name: string; width: number; height: number; alt: string; credit?: ImageCredit };

/** A stock photo already copied into the person's Files, with who to credit and the provider's description. */
export type StockChoice = { photo: SitePhotoEntry; credit: ImageCredit; description: string };

/**
 * The stock tab's content (photos/ui/stock-photo-search.tsx), passed in by pickers whose `onPick`
 * keeps a credit: the storage module does not depend on the photos module (which stores into it).
 */
export type StockSearchComponent = ComponentType<{ onChoose: (choice: StockChoice) => void }>;

/**
 * Choose a photo for one place of a site: from Files (thumbnails, search) or a fresh upload,
 * then describe it. Alt text is required — a picture without it is a blocking pre-publish error
 * — and starts from a suggestion (the file name's words, else the section's text) the person
 * can change. `onPick` saves; it resolves to an error message to show, or null when done.
 * Reusable: the studio's Photos panel and the visual editor open it for any image slot.
 */
export function ImagePicker({
  open,
  onOpenChange,
  title,
  context = [],
  onPick,
  stockSearch: StockSearch,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** What the picture is for ("Hero image", "Gallery picture 2"). */
  title: string;
  /** Text around the slot (section title, a member's name), for the alt suggestion. */
  context?: readonly string[];
  onPick: (image: PickedImage) => Promise<string | null>;
  /** Offer stock photos too (only when a provider is configured and `onPick` keeps `credit`). */
  stockSearch?: StockSearchComponent;
}) {
  const t = useTranslations('files.picker');
  const [chosen, setChosen] = useState<SitePhotoEntry | null>(null);
  const [credit, setCredit] = useState<ImageCredit | null>(null);
  const [alt, setAlt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [altError, setAltError] = useState<string | null>(null);

  function reset(nextOpen: boolean) {
    if (!nextOpen) {
      setChosen(null);
      setError(null);
      setAltError(null);
    }
    onOpenChange(nextOpen);
  }

  function choose(photo: SitePhotoEntry, stock?: StockChoice) {
    setChosen(photo);
    setCredit(stock?.credit ?? null);
    setAlt(stock?.description || suggestAltText(photo.name, context));
    setError(null);
    setAltError(null);
  }

  async function save() {
    if (!chosen) return;
    if (alt.trim() === '') {
      setAltError(t('altRequired'));
      return;
    }
    setIsSaving(true);
    const failure = await onPick({
      fileId: chosen.id,
      name: chosen.name,
      width: chosen.width,
      height: chosen.height,
      alt: alt.trim(),
      ...(credit ? { credit } : {}),
    });
    setIsSaving(false);
    if (failure) setError(failure);
    else reset(false);
  }

  return (
    <Dialog open={open} onOpenChange={reset}>
      <DialogContent closeLabel={t('close')} className="max-w-2xl" data-testid="image-picker">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{chosen ? t('describe') : t('choose')}</DialogDescription>
        </DialogHeader>
        {chosen ? (
          <form
            className="space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <div className="flex items-start gap-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- a private, already small thumbnail served by our own route (no optimizer) */}
              <img src={`/api/files/${chosen.id}?variant=thumbnail`} alt="" className="size-24 shrink-0 rounded-xl object-cover" />
              <p className="min-w-0 text-sm break-words text-muted">
                {chosen.name}
                <br />
                {t('dimensions', { width: chosen.width, height: chosen.height })}
                {credit ? (
                  <>
                    <br />
                    {t('stock.credit', { name: credit.name, provider: STOCK_PROVIDER_NAMES[credit.provider] })}
                  </>
                ) : null}
              </p>
            </div>
            <FormField label={t('alt')} hint={t('altHint')} error={altError}>
              {(control) => (
                <Textarea {...control} value={alt} onChange={(e) => setAlt(e.currentTarget.value)} maxLength={250} rows={2} required />
              )}
            </FormField>
            {error ? <Alert variant="error">{error}</Alert> : null}
            <DialogFooter>
              <Button type="button" variant="ghost" onClick={() => setChosen(null)} disabled={isSaving}>
                <ArrowLeft aria-hidden="true" />
                {t('back')}
              </Button>
              <Button type="submit" disabled={isSaving}>
                {isSaving ? <Spinner /> : null}
                {t('use')}
              </Button>
            </DialogFooter>
          </form>
        ) : StockSearch ? (
          <Tabs defaultValue="own">
            <TabsList>
              <TabsTrigger value="own">{t('yourPhotos')}</TabsTrigger>
              <TabsTrigger value="stock">{t('stock.tab')}</TabsTrigger>
            </TabsList>
            <TabsContent value="own" className="pt-4">
              <ImagePickerGrid onChoose={choose} />
            </TabsContent>
            <TabsContent value="stock" className="pt-4">
              <StockSearch onChoose={(choice) => choose(choice.photo, choice)} />
            </TabsContent>
          </Tabs>
        ) : (
          <ImagePickerGrid onChoose={choose} />
        )}
      </DialogContent>
    </Dialog>
  );
}
