'use client';

import { useCallback, useId, useState, useTransition } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { History } from 'lucide-react';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { previewFontUrls } from '@/modules/render/preview-font-urls';
import { renderPage } from '@/modules/render/render-page';
import { Alert } from '@/lib/ui/alert';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from '@/lib/ui/alert-dialog';
import { Button } from '@/lib/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/lib/ui/dialog';
import { Input } from '@/lib/ui/input';
import { Label } from '@/lib/ui/label';
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from '@/lib/ui/sheet';
import type { NamedVersionSummary } from '../list-named-versions';
import { deleteNamedVersionAction, getNamedVersionAction, listNamedVersionsAction, saveNamedVersionAction } from '../version-actions';
import { toolLabelClass } from './tool-label';

type Preview = { id: string; name: string; document: SiteDocument };

/** A version as it looks, read-only: rendered without the editor's script in a frame that may run nothing. */
function VersionPreviewFrame({ document, photos, title }: { document: SiteDocument; photos: Record<string, string>; title: string }) {
  let html: string | null = null;
  try {
    html = renderPage(document, {
      pageSlug: document.pages[0]?.slug ?? '',
      locale: document.i18n.defaultLocale,
      mode: 'preview',
      assetUrls: { files: { ...photos }, fonts: previewFontUrls(document.theme) },
    });
  } catch {
    html = null;
  }
  return html ? (
    <iframe
      title={title}
      data-testid="version-preview"
      sandbox=""
      referrerPolicy="no-referrer"
      srcDoc={html}
      className="h-[60dvh] w-full rounded-xl border border-gray-200 bg-white"
    />
  ) : null;
}

/**
 * Named versions: save what is on the canvas under a name, list them (name, author, time),
 * preview one read-only and restore it. A restore is one edit (replace-document): undo takes it
 * back, and autosave keeps it as a new draft.
 */
export function VersionsPanel({
  projectId,
  document,
  baseVersion,
  photos,
  onRestore,
}: {
  projectId: string;
  document: SiteDocument;
  baseVersion: number;
  photos: Record<string, string>;
  onRestore: (document: SiteDocument, name: string) => void;
}) {
  const t = useTranslations('editor.versions');
  const format = useFormatter();
  const nameId = useId();
  const [isOpen, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [versions, setVersions] = useState<NamedVersionSummary[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [toDelete, setToDelete] = useState<NamedVersionSummary | null>(null);
  const [isPending, startTransition] = useTransition();

  const refresh = useCallback(async () => {
    const result = await listNamedVersionsAction({ projectId });
    if (result.ok) setVersions(result.data.map((version) => ({ ...version, createdAt: new Date(version.createdAt) })));
    else setMessage({ kind: 'error', text: result.error.message });
  }, [projectId]);

  const openChanged = (open: boolean) => {
    setOpen(open);
    if (open) void refresh();
  };

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setMessage({ kind: 'error', text: t('nameRequired') });
      return;
    }
    startTransition(async () => {
      const result = await saveNamedVersionAction({ projectId, name: trimmed, draftVersion: baseVersion, document });
      if (!result.ok) {
        setMessage({ kind: 'error', text: result.error.message });
        return;
      }
      setName('');
      setMessage({ kind: 'info', text: t('saved', { name: trimmed }) });
      await refresh();
    });
  };

  const load = async (id: string): Promise<Preview | null> => {
    const result = await getNamedVersionAction({ projectId, versionId: id });
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error.message });
      return null;
    }
    return result.data;
  };

  const confirmDelete = () => {
    const version = toDelete;
    setToDelete(null);
    if (!version) return;
    startTransition(async () => {
      const result = await deleteNamedVersionAction({ projectId, versionId: version.id });
      setMessage(result.ok ? { kind: 'info', text: t('deleted', { name: version.name }) } : { kind: 'error', text: result.error.message });
      await refresh();
    });
  };

  const restore = (version: Preview) => {
    onRestore(version.document, version.name);
    setPreview(null);
    setOpen(false);
  };

  return (
    <>
      <Sheet open={isOpen} onOpenChange={openChanged}>
        <SheetTrigger asChild>
          <Button variant="secondary" title={t('open')} data-testid="open-versions">
            <History aria-hidden="true" />
            <span className={toolLabelClass}>{t('open')}</span>
          </Button>
        </SheetTrigger>
        <SheetContent closeLabel={t('close')} className="pt-14">
          <SheetTitle>{t('title')}</SheetTitle>
          <SheetDescription className="text-sm text-muted">{t('description')}</SheetDescription>
          <form onSubmit={save} className="space-y-2">
            <Label htmlFor={nameId}>{t('name')}</Label>
            <div className="flex gap-2">
              <Input
                id={nameId}
                value={name}
                maxLength={80}
                onChange={(event) => setName(event.target.value)}
                placeholder={t('namePlaceholder')}
              />
              <Button type="submit" disabled={isPending}>
                {t('save')}
              </Button>
            </div>
          </form>
          {message ? (
            <Alert variant={message.kind === 'error' ? 'error' : 'success'} role={message.kind === 'error' ? 'alert' : 'status'}>
              {message.text}
            </Alert>
          ) : null}
          <section aria-label={t('listTitle')} className="space-y-2">
            <h3 className="text-sm font-semibold">{t('listTitle')}</h3>
            {versions === null ? (
              <p className="text-sm text-muted">{t('loading')}</p>
            ) : versions.length === 0 ? (
              <p className="text-sm text-muted">{t('empty')}</p>
            ) : (
              <ul className="divide-y divide-gray-200 rounded-xl border border-gray-200" data-testid="version-list">
                {versions.map((version) => (
                  <li key={version.id} className="space-y-2 p-3" data-version={version.name}>
                    <div>
                      <p className="font-semibold break-words">{version.name}</p>
                      <p className="text-xs text-muted">
                        {t('meta', {
                          author: version.authorName || t('unknownAuthor'),
                          time: format.dateTime(version.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
                        })}
                      </p>
                    </div>
                    <div className="flex flex-wrap gap-2">
                      <Button
                        variant="secondary"
                        size="compact"
                        aria-label={t('previewNamed', { name: version.name })}
                        onClick={() => void load(version.id).then((loaded) => loaded && setPreview(loaded))}
                      >
                        {t('preview')}
                      </Button>
                      <Button
                        variant="secondary"
                        size="compact"
                        aria-label={t('restoreNamed', { name: version.name })}
                        onClick={() => void load(version.id).then((loaded) => loaded && restore(loaded))}
                      >
                        {t('restore')}
                      </Button>
                      <Button
                        variant="ghost"
                        size="compact"
                        aria-label={t('deleteNamed', { name: version.name })}
                        disabled={isPending}
                        onClick={() => setToDelete(version)}
                      >
                        {t('delete')}
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </SheetContent>
      </Sheet>

      <AlertDialog open={toDelete !== null} onOpenChange={(open) => !open && setToDelete(null)}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{t('deleteTitle', { name: toDelete?.name ?? '' })}</AlertDialogTitle>
            <AlertDialogDescription>{t('deleteBody')}</AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>{t('deleteCancel')}</AlertDialogCancel>
            <AlertDialogAction onClick={confirmDelete}>{t('deleteConfirm')}</AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>

      <Dialog open={preview !== null} onOpenChange={(open) => !open && setPreview(null)}>
        <DialogContent closeLabel={t('closePreview')} className="max-w-5xl">
          <DialogHeader>
            <DialogTitle>{t('previewTitle', { name: preview?.name ?? '' })}</DialogTitle>
            <DialogDescription>{t('previewDescription')}</DialogDescription>
          </DialogHeader>
          {preview ? (
            <VersionPreviewFrame document={preview.document} photos={photos} title={t('previewTitle', { name: preview.name })} />
          ) : null}
          <DialogFooter>
            <Button variant="secondary" onClick={() => setPreview(null)}>
              {t('closePreview')}
            </Button>
            <Button onClick={() => preview && restore(preview)}>{t('restoreThis')}</Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}
