'use client';

import { useCallback, useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Camera, ChevronRight, FolderOpen, FolderPlus, Search, Upload } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import { EmptyState } from '@/lib/ui/empty-state';
import { Input } from '@/lib/ui/input';
import { Label } from '@/lib/ui/label';
import { NativeSelect } from '@/lib/ui/native-select';
import { toast } from '@/lib/ui/toaster';
import { takeSharedFiles } from '@/modules/notifications/take-shared-files';
import { createFolderAction, moveEntriesAction, renameEntryAction, restoreTrashAction, trashEntriesAction } from '../actions';
import { FILE_SORTS, type FileSort } from '../file-sorts';
import type { FileListing } from '../list-files';
import { DeleteDialog, MoveDialog, NameDialog } from './entry-dialogs';
import { EntryGrid, type Entry, type EntryAction } from './entry-grid';
import { FilePreviewDialog } from './file-preview-dialog';
import { UploadQueue } from './upload-queue';
import { useUploads } from './use-uploads';

type Open = { action: EntryAction; entry: Entry } | { action: 'new-folder' } | null;

const idsOf = (entry: Entry) => (entry.kind === 'file' ? { fileIds: [entry.entry.id] } : { folderIds: [entry.entry.id] });

/**
 * The Files page's working part: upload (picker, phone camera, drag and drop — several at once,
 * each with progress, cancel and retry), folders, search, sort, and each entry's preview,
 * download, rename, move and delete with undo. Data comes from the server page (listFiles);
 * every change goes through a server action and refreshes it.
 */
export function FileBrowser({
  listing,
  folderId,
  query,
  sort,
  accept,
}: {
  listing: FileListing;
  folderId: string | null;
  query: string;
  sort: FileSort;
  accept: string;
}) {
  const t = useTranslations('files');
  const tEmpty = useTranslations('empty');
  const router = useRouter();
  const pathname = usePathname();
  const refresh = useCallback(() => router.refresh(), [router]);
  const uploads = useUploads(refresh);
  const pickFiles = useRef<HTMLInputElement>(null);
  const takePhoto = useRef<HTMLInputElement>(null);
  const [isDragging, setDragging] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const [search, setSearch] = useState(query);

  const hrefFor = (params: { folder?: string | null; q?: string; sort?: FileSort }) => {
    const search = new URLSearchParams();
    if (params.folder) search.set('folder', params.folder);
    if (params.q) search.set('q', params.q);
    if ((params.sort ?? sort) !== 'name') search.set('sort', params.sort ?? sort);
    const text = search.toString();
    return text ? `${pathname}?${text}` : pathname;
  };
  const folderHref = (id: string) => hrefFor({ folder: id });

  const addFiles = (list: FileList | null) => {
    const files = [...(list ?? [])].filter((file) => file.size > 0);
    if (files.length > 0) uploads.add(files, folderId);
  };

  // Photos shared into the installed app from the phone's gallery (/dashboard/files?shared=N).
  const isShared = useSearchParams().has('shared');
  const isTakingShared = useRef(false);
  useEffect(() => {
    if (!isShared || isTakingShared.current) return;
    isTakingShared.current = true;
    void takeSharedFiles().then((files) => {
      if (files.length > 0) uploads.add(files, folderId);
      isTakingShared.current = false;
      router.replace(pathname);
    });
  }, [isShared, uploads, folderId, router, pathname]);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    addFiles(event.dataTransfer.files);
  }

  function onSearch(event: FormEvent) {
    event.preventDefault();
    router.push(hrefFor({ folder: search.trim() ? null : folderId, q: search.trim() }));
  }

  async function trash(entry: Entry) {
    setOpen(null);
    const result = await trashEntriesAction(idsOf(entry));
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast(t('deleted', { name: entry.entry.name }), {
      duration: 10_000,
      action: {
        label: t('undo'),
        onClick: async () => {
          const restored = await restoreTrashAction({ batch: result.data.batch });
          if (restored.ok) toast.success(t('restored'));
          else toast.error(restored.error.message);
        },
      },
    });
  }

  const isEmpty = listing.folders.length === 0 && listing.files.length === 0;
  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => pickFiles.current?.click()}>
            <Upload aria-hidden="true" />
            {t('upload')}
          </Button>
          {/* On phones: straight to the camera (elsewhere `capture` is ignored and it is the picker again). */}
          <Button
            variant="secondary"
            className="hidden max-sm:inline-flex pointer-coarse:inline-flex"
            onClick={() => takePhoto.current?.click()}
          >
            <Camera aria-hidden="true" />
            {t('takePhoto')}
          </Button>
          <Button variant="secondary" onClick={() => setOpen({ action: 'new-folder' })}>
            <FolderPlus aria-hidden="true" />
            {t('newFolder')}
          </Button>
          <input
            ref={pickFiles}
            type="file"
            multiple
            accept={accept}
            className="sr-only"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="file-input"
            onChange={(event) => {
              addFiles(event.target.files);
              event.target.value = '';
            }}
          />
          <input
            ref={takePhoto}
            type="file"
            accept="image/*"
            capture="environment"
            className="sr-only"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => {
              addFiles(event.target.files);
              event.target.value = '';
            }}
          />
        </div>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
          <form role="search" onSubmit={onSearch} className="flex items-center gap-2">
            <div className="min-w-0 flex-1 sm:w-64">
              <Label htmlFor="file-search" className="sr-only">
                {t('search')}
              </Label>
              <Input
                id="file-search"
                type="search"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                placeholder={t('searchPlaceholder')}
                maxLength={100}
              />
            </div>
            <Button type="submit" variant="secondary" size="icon" aria-label={t('search')}>
              <Search aria-hidden="true" />
            </Button>
          </form>
          <div className="flex items-center gap-2 self-start sm:self-auto">
            <Label htmlFor="file-sort" className="mb-0 shrink-0 text-sm text-muted">
              {t('sort')}
            </Label>
            <NativeSelect
              id="file-sort"
              value={sort}
              onChange={(event) => router.push(hrefFor({ folder: folderId, q: query, sort: event.target.value as FileSort }))}
            >
              {FILE_SORTS.map((option) => (
                <option key={option} value={option}>
                  {t('sortBy', { sort: option })}
                </option>
              ))}
            </NativeSelect>
          </div>
        </div>
      </div>

      {listing.isSearch ? (
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h2 className="text-lg font-semibold">{t('searchResults', { query })}</h2>
          <Link href={hrefFor({})} className="text-sm text-brand-700 underline underline-offset-4" onClick={() => setSearch('')}>
            {t('clearSearch')}
          </Link>
        </div>
      ) : (
        <nav aria-label={t('breadcrumb')}>
          <ol className="flex flex-wrap items-center gap-1 text-sm">
            <li>
              {listing.path.length === 0 ? (
                <span aria-current="page" className="font-semibold">
                  {t('allFiles')}
                </span>
              ) : (
                <Link href={hrefFor({})} className="text-brand-700 underline-offset-4 hover:underline">
                  {t('allFiles')}
                </Link>
              )}
            </li>
            {listing.path.map((folder, index) => (
              <li key={folder.id} className="flex min-w-0 items-center gap-1">
                <ChevronRight aria-hidden="true" className="size-4 text-muted" />
                {index === listing.path.length - 1 ? (
                  <span aria-current="page" className="truncate font-semibold">
                    {folder.name}
                  </span>
                ) : (
                  <Link href={folderHref(folder.id)} className="truncate text-brand-700 underline-offset-4 hover:underline">
                    {folder.name}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}

      <UploadQueue
        items={uploads.items}
        onCancel={(key) => void uploads.cancel(key)}
        onRetry={uploads.retry}
        onDismiss={uploads.dismiss}
        onClearFinished={uploads.clearFinished}
      />

      <div
        className="relative"
        data-testid="drop-zone"
        onDragOver={(event) => {
          if (![...event.dataTransfer.types].includes('Files')) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        {isEmpty ? (
          <EmptyState
            icon={FolderOpen}
            title={listing.isSearch ? undefined : listing.path.length ? t('emptyFolder') : tEmpty('filesTitle')}
          >
            {listing.isSearch ? t('noResults', { query }) : `${tEmpty('files')} ${t('dropHint')}`}
          </EmptyState>
        ) : (
          <EntryGrid
            folders={listing.folders}
            files={listing.files}
            folderHref={folderHref}
            onAction={(action, entry) => setOpen({ action, entry })}
          />
        )}
        {isDragging ? (
          <div className="pointer-events-none absolute inset-0 flex items-center justify-center rounded-2xl border-2 border-dashed border-brand-500 bg-brand-50/90 text-lg font-semibold text-brand-900">
            {t('dropHere')}
          </div>
        ) : null}
      </div>

      {open?.action === 'new-folder' ? (
        <NameDialog
          open
          onOpenChange={(next) => !next && setOpen(null)}
          title={t('newFolder')}
          label={t('folderName')}
          submitLabel={t('create')}
          defaultValue=""
          onSubmit={async (name) => {
            const result = await createFolderAction({ name, parentId: folderId });
            if (result.ok) toast.success(t('folderCreated'));
            return result;
          }}
        />
      ) : null}
      {open?.action === 'rename' ? (
        <NameDialog
          open
          onOpenChange={(next) => !next && setOpen(null)}
          title={t('renameTitle', { name: open.entry.entry.name })}
          label={t('newName')}
          submitLabel={t('rename')}
          defaultValue={open.entry.entry.name}
          onSubmit={async (name) => {
            const result = await renameEntryAction({ kind: open.entry.kind, id: open.entry.entry.id, name });
            if (result.ok) toast.success(t('renamed'));
            return result;
          }}
        />
      ) : null}
      {open?.action === 'move' ? (
        <MoveDialog
          entry={open.entry}
          folders={listing.allFolders}
          onOpenChange={(next) => !next && setOpen(null)}
          onSubmit={async (targetFolderId) => {
            const result = await moveEntriesAction({ ...idsOf(open.entry), targetFolderId });
            if (result.ok) toast.success(t('moved'));
            return result;
          }}
        />
      ) : null}
      {open?.action === 'delete' ? (
        <DeleteDialog entry={open.entry} onOpenChange={(next) => !next && setOpen(null)} onConfirm={() => void trash(open.entry)} />
      ) : null}
      {open?.action === 'preview' && open.entry.kind === 'file' ? (
        <FilePreviewDialog file={open.entry.entry} onOpenChange={(next) => !next && setOpen(null)} />
      ) : null}
    </div>
  );
}
