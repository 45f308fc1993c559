'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { Download, Eye, File, FileText, Film, Folder, FolderInput, Image as ImageIcon, MoreVertical, Pencil, Trash2 } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/lib/ui/dropdown-menu';
import type { FileEntry, FolderEntry } from '../list-files';
import { formatBytes } from './format-bytes';

export type Entry = { kind: 'folder'; entry: FolderEntry } | { kind: 'file'; entry: FileEntry };
export type EntryAction = 'preview' | 'rename' | 'move' | 'delete';

/** Whether the browser can show it in the preview (the server serves these inline). */
export function canPreview(file: FileEntry): boolean {
  return /^image\/(jpeg|png|gif|webp|avif)$/.test(file.contentType) || file.contentType === 'application/pdf' || file.hasThumbnail;
}

function TypeIcon({ contentType }: { contentType: string }) {
  const Icon = contentType.startsWith('image/')
    ? ImageIcon
    : contentType.startsWith('video/')
      ? Film
      : contentType === 'application/pdf'
        ? FileText
        : File;
  return <Icon aria-hidden="true" className="size-10 text-gray-400" />;
}

function EntryMenu({ entry, onAction }: { entry: Entry; onAction: (action: EntryAction, entry: Entry) => void }) {
  const t = useTranslations('files');
  const name = entry.entry.name;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={t('actions', { name })} className="shrink-0">
          <MoreVertical aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>{name}</DropdownMenuLabel>
        {entry.kind === 'file' ? (
          <>
            {canPreview(entry.entry) ? (
              <DropdownMenuItem onSelect={() => onAction('preview', entry)}>
                <Eye aria-hidden="true" />
                {t('preview')}
              </DropdownMenuItem>
            ) : null}
            <DropdownMenuItem asChild>
              <a href={`/api/files/${entry.entry.id}`} download={entry.entry.name}>
                <Download aria-hidden="true" />
                {t('download')}
              </a>
            </DropdownMenuItem>
          </>
        ) : null}
        <DropdownMenuItem onSelect={() => onAction('rename', entry)}>
          <Pencil aria-hidden="true" />
          {t('rename')}
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => onAction('move', entry)}>
          <FolderInput aria-hidden="true" />
          {t('move')}
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem variant="danger" onSelect={() => onAction('delete', entry)}>
          <Trash2 aria-hidden="true" />
          {t('delete')}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/**
 * Folders, then files, as cards: a thumbnail (or the type's icon), the name, size and date, and a
 * menu of what can be done with it. A folder's name opens it; an image's picture opens its preview.
 */
export function EntryGrid({
  folders,
  files,
  folderHref,
  onAction,
}: {
  folders: FolderEntry[];
  files: FileEntry[];
  folderHref: (id: string) => string;
  onAction: (action: EntryAction, entry: Entry) => void;
}) {
  const t = useTranslations('files');
  const format = useFormatter();
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5" data-testid="file-grid">
      {folders.map((folder) => (
        <li
          key={folder.id}
          className="flex min-w-0 items-center gap-1 rounded-2xl border border-gray-200 bg-white p-2"
          data-testid="folder-card"
        >
          <Link
            href={folderHref(folder.id)}
            aria-label={t('openFolder', { name: folder.name })}
            className="flex min-h-11 min-w-0 flex-1 items-center gap-2 rounded-xl px-2 hover:bg-gray-50"
          >
            <Folder aria-hidden="true" className="size-6 shrink-0 fill-brand-100 text-brand-700" />
            <span className="truncate font-medium">{folder.name}</span>
          </Link>
          <EntryMenu entry={{ kind: 'folder', entry: folder }} onAction={onAction} />
        </li>
      ))}
      {files.map((file) => {
        const entry: Entry = { kind: 'file', entry: file };
        const picture = file.hasThumbnail ? (
          // eslint-disable-next-line @next/next/no-img-element -- a private, already small thumbnail served by our own route (no optimizer)
          <img src={`/api/files/${file.id}?variant=thumbnail`} alt="" loading="lazy" className="size-full object-cover" />
        ) : (
          <TypeIcon contentType={file.contentType} />
        );
        return (
          <li
            key={file.id}
            className="relative flex min-w-0 flex-col overflow-hidden rounded-2xl border border-gray-200 bg-white"
            data-testid="file-card"
          >
            {canPreview(file) ? (
              <button
                type="button"
                onClick={() => onAction('preview', entry)}
                className="flex aspect-square items-center justify-center bg-gray-50"
                aria-label={t('previewOf', { name: file.name })}
              >
                {picture}
              </button>
            ) : (
              <div className="flex aspect-square items-center justify-center bg-gray-50">{picture}</div>
            )}
            <div className="min-w-0 px-3 py-2">
              <p className="truncate text-sm font-medium" title={file.name}>
                {file.name}
              </p>
              <p className="truncate text-xs text-muted">
                {t('fileMeta', { size: formatBytes(format, file.sizeBytes), date: file.createdAt })}
              </p>
            </div>
            {/* Over the picture's corner, so the name and details below get the card's whole width (phones). */}
            <div className="absolute top-1 right-1 rounded-xl bg-white/90 shadow-sm">
              <EntryMenu entry={entry} onAction={onAction} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
