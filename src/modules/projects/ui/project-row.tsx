'use client';

import { useActionState, useState, useTransition } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Pencil, Trash2 } from 'lucide-react';
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
  AlertDialogTrigger,
} from '@/lib/ui/alert-dialog';
import { Button } from '@/lib/ui/button';
import { Card } from '@/lib/ui/card';
import { FormError } from '@/lib/ui/form-status';
import { Input } from '@/lib/ui/input';
import { Label } from '@/lib/ui/label';
import { toast } from '@/lib/ui/toaster';
import { deleteProjectAction, renameProjectAction } from '@/modules/projects/actions';

export function ProjectRow({
  project,
  siteUrl,
  canManage,
  children,
}: {
  project: { id: string; name: string; slug: string; createdAt: Date };
  siteUrl: string;
  canManage: boolean;
  /** More about the site under its name (the dashboard home puts its figures here). */
  children?: React.ReactNode;
}) {
  const t = useTranslations();
  const [editing, setEditing] = useState(false);
  const [renameState, renameAction, renaming] = useActionState(
    async (prev: Awaited<ReturnType<typeof renameProjectAction>> | null, form: FormData) => {
      const result = await renameProjectAction(prev, form);
      if (result.ok) {
        setEditing(false);
        toast.success(t('dashboard.renamed'));
      }
      return result;
    },
    null,
  );
  const [deleteState, setDeleteState] = useState<ActionResult<unknown> | null>(null);
  const [deleting, startDelete] = useTransition();

  function confirmDelete() {
    const form = new FormData();
    form.set('projectId', project.id);
    startDelete(async () => {
      const result = await deleteProjectAction(null, form);
      setDeleteState(result);
      if (result.ok) toast.success(t('dashboard.deleted', { name: project.name }));
    });
  }

  return (
    <li>
      <Card className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between" data-testid="project-row">
        {editing ? (
          <form action={renameAction} className="flex flex-1 flex-col gap-2 sm:flex-row">
            <input type="hidden" name="projectId" value={project.id} />
            <Label className="sr-only" htmlFor={`rename-${project.id}`}>
              {t('dashboard.projectName')}
            </Label>
            <Input id={`rename-${project.id}`} name="name" defaultValue={project.name} required maxLength={80} autoFocus />
            <Label className="sr-only" htmlFor={`slug-${project.id}`}>
              {t('dashboard.projectSlug')}
            </Label>
            <Input
              id={`slug-${project.id}`}
              name="slug"
              defaultValue={project.slug}
              className="font-mono sm:max-w-56"
              maxLength={63}
              autoCapitalize="none"
              spellCheck={false}
            />
            <div className="flex gap-2">
              <Button type="submit" disabled={renaming} aria-busy={renaming}>
                {renaming ? t('common.working') : t('common.save')}
              </Button>
              <Button variant="secondary" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <div className="min-w-0">
            <h2 className="truncate text-lg font-semibold">
              {/* Opens the project's site studio (editor). */}
              <Link
                href={`/dashboard/projects/${project.id}`}
                className="rounded text-ink underline-offset-4 hover:text-brand-700 hover:underline"
              >
                {project.name}
              </Link>
            </h2>
            <p className="truncate text-sm text-muted">
              <span className="font-mono">{siteUrl}</span> · {t('dashboard.created', { date: project.createdAt })}
            </p>
          </div>
        )}
        {canManage && !editing ? (
          <div className="flex gap-2">
            <Button variant="secondary" onClick={() => setEditing(true)} aria-label={t('dashboard.renameLabel', { name: project.name })}>
              <Pencil aria-hidden="true" />
              {t('dashboard.rename')}
            </Button>
            <AlertDialog>
              <AlertDialogTrigger asChild>
                <Button
                  variant="danger"
                  disabled={deleting}
                  aria-busy={deleting}
                  aria-label={t('dashboard.deleteLabel', { name: project.name })}
                >
                  <Trash2 aria-hidden="true" />
                  {deleting ? t('common.working') : t('dashboard.delete')}
                </Button>
              </AlertDialogTrigger>
              <AlertDialogContent>
                <AlertDialogHeader>
                  <AlertDialogTitle>{t('dashboard.deleteTitle', { name: project.name })}</AlertDialogTitle>
                  <AlertDialogDescription>{t('dashboard.deleteBody')}</AlertDialogDescription>
                </AlertDialogHeader>
                <AlertDialogFooter>
                  <AlertDialogCancel>{t('common.cancel')}</AlertDialogCancel>
                  <AlertDialogAction onClick={confirmDelete}>{t('dashboard.deleteConfirm')}</AlertDialogAction>
                </AlertDialogFooter>
              </AlertDialogContent>
            </AlertDialog>
          </div>
        ) : null}
        {children ? <div className="sm:basis-full">{children}</div> : null}
        <div className="empty:hidden sm:basis-full">
          <FormError state={renameState} />
          <FormError state={deleteState} />
        </div>
      </Card>
    </li>
  );
}
