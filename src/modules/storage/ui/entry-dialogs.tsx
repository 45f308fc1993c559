'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/actions/define-action';
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
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle } from '@/lib/ui/dialog';
import { FormError } from '@/lib/ui/form-status';
import { Input } from '@/lib/ui/input';
import { Label } from '@/lib/ui/label';
import { NativeSelect } from '@/lib/ui/native-select';
import type { FolderEntry } from '../list-files';
import type { Entry } from './entry-grid';

type Submit = () => Promise<ActionResult<unknown>>;

/** A small form in a dialog that closes on success and shows the action's error otherwise. */
function ActionDialog({
  open,
  onOpenChange,
  title,
  submitLabel,
  onSubmit,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  submitLabel: string;
  onSubmit: Submit;
  children: React.ReactNode;
}) {
  const t = useTranslations();
  const [state, setState] = useState<ActionResult<unknown> | null>(null);
  const [pending, start] = useTransition();
  function submit(event: FormEvent) {
    event.preventDefault();
    start(async () => {
      const result = await onSubmit();
      setState(result);
      if (result.ok) onOpenChange(false);
    });
  }
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setState(null);
        onOpenChange(next);
      }}
    >
      <DialogContent closeLabel={t('files.close')}>
        <form onSubmit={submit} className="grid gap-4">
          <DialogHeader>
            <DialogTitle className="break-words">{title}</DialogTitle>
          </DialogHeader>
          {children}
          <FormError state={state} />
          <DialogFooter>
            <Button variant="secondary" onClick={() => onOpenChange(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={pending} aria-busy={pending}>
              {pending ? t('common.working') : submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

export function NameDialog({
  open,
  onOpenChange,
  title,
  label,
  submitLabel,
  defaultValue,
  onSubmit,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  label: string;
  submitLabel: string;
  defaultValue: string;
  onSubmit: (name: string) => Promise<ActionResult<unknown>>;
}) {
  const [name, setName] = useState(defaultValue);
  return (
    <ActionDialog open={open} onOpenChange={onOpenChange} title={title} submitLabel={submitLabel} onSubmit={() => onSubmit(name)}>
      <div className="grid gap-2">
        <Label htmlFor="entry-name">{label}</Label>
        <Input id="entry-name" value={name} onChange={(event) => setName(event.target.value)} required maxLength={255} autoFocus />
      </div>
    </ActionDialog>
  );
}

/**
 * Folders as "Parent / Child" paths, for the "move to" list, without `excluded` and the folders
 * inside it (a folder can't move into itself; the database refuses it too).
 */
function folderPaths(folders: FolderEntry[], excluded: string | null): Array<{ id: string; path: string }> {
  const byId = new Map(folders.map((folder) => [folder.id, folder]));
  const options: Array<{ id: string; path: string }> = [];
  for (const folder of folders) {
    const chain: FolderEntry[] = [];
    for (let at: FolderEntry | undefined = folder; at && chain.length < 100; at = at.parentId ? byId.get(at.parentId) : undefined)
      chain.unshift(at);
    if (excluded && chain.some((at) => at.id === excluded)) continue;
    options.push({ id: folder.id, path: chain.map((at) => at.name).join(' / ') });
  }
  return options.sort((a, b) => a.path.localeCompare(b.path));
}

export function MoveDialog({
  entry,
  folders,
  onOpenChange,
  onSubmit,
}: {
  entry: Entry;
  folders: FolderEntry[];
  onOpenChange: (open: boolean) => void;
  onSubmit: (targetFolderId: string | null) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations('files');
  const current = entry.kind === 'file' ? entry.entry.folderId : entry.entry.parentId;
  const [target, setTarget] = useState(current ?? '');
  const options = folderPaths(folders, entry.kind === 'folder' ? entry.entry.id : null);
  return (
    <ActionDialog
      open
      onOpenChange={onOpenChange}
      title={t('moveTitle', { name: entry.entry.name })}
      submitLabel={t('move')}
      onSubmit={() => onSubmit(target === '' ? null : target)}
    >
      <div className="grid gap-2">
        <Label htmlFor="move-target">{t('moveTarget')}</Label>
        <NativeSelect id="move-target" value={target} onChange={(event) => setTarget(event.target.value)}>
          <option value="">{t('topLevel')}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.path}
            </option>
          ))}
        </NativeSelect>
      </div>
    </ActionDialog>
  );
}

export function DeleteDialog({
  entry,
  onOpenChange,
  onConfirm,
}: {
  entry: Entry;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void;
}) {
  const t = useTranslations();
  return (
    <AlertDialog open onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t('files.deleteTitle', { name: entry.entry.name })}</AlertDialogTitle>
          <AlertDialogDescription>{t(entry.kind === 'folder' ? 'files.deleteFolderBody' : 'files.deleteFileBody')}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t('common.cancel')}</AlertDialogCancel>
          <AlertDialogAction onClick={onConfirm}>{t('files.delete')}</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
