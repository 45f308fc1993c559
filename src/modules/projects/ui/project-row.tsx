'use client';

import { useActionState, useState } from 'react';
import Link from 'next/link';
import { FormError } from '@/lib/ui/form-status';
import { deleteProjectAction, renameProjectAction } from '@/modules/projects/actions';

type Labels = { rename: string; save: string; cancel: string; delete: string; deleteConfirm: string; created: string; working: string; name: string; slug: string };

export function ProjectRow({ project, labels, siteUrl, canManage }: {
  project: { id: string; name: string; slug: string; createdLabel: string };
  labels: Labels;
  siteUrl: string;
  canManage: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [renameState, renameAction, renaming] = useActionState(async (prev: Awaited<ReturnType<typeof renameProjectAction>> | null, form: FormData) => {
    const result = await renameProjectAction(prev, form);
    if (result.ok) setEditing(false);
    return result;
  }, null);
  const [deleteState, deleteAction, deleting] = useActionState(deleteProjectAction, null);

  return (
    <li className="card flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="project-row">
      {editing ? (
        <form action={renameAction} className="flex flex-1 flex-col gap-2 sm:flex-row">
          <input type="hidden" name="projectId" value={project.id} />
          <label className="sr-only" htmlFor={`rename-${project.id}`}>{labels.name}</label>
          <input id={`rename-${project.id}`} name="name" defaultValue={project.name} className="input" required maxLength={80} autoFocus />
          <label className="sr-only" htmlFor={`slug-${project.id}`}>{labels.slug}</label>
          <input id={`slug-${project.id}`} name="slug" defaultValue={project.slug} className="input font-mono sm:max-w-56" maxLength={63} autoCapitalize="none" spellCheck={false} />
          <div className="flex gap-2">
            <button type="submit" className="btn-primary" disabled={renaming}>{renaming ? labels.working : labels.save}</button>
            <button type="button" className="btn-secondary" onClick={() => setEditing(false)}>{labels.cancel}</button>
          </div>
        </form>
      ) : (
        <div className="min-w-0">
          <h2 className="truncate text-lg font-semibold">
            {/* Opens the project's site studio (editor). */}
            <Link href={`/dashboard/projects/${project.id}`} className="rounded text-ink underline-offset-4 hover:text-brand-700 hover:underline">
              {project.name}
            </Link>
          </h2>
          <p className="truncate text-sm text-muted">
            <span className="font-mono">{siteUrl}</span> · {labels.created.replace('{date}', project.createdLabel)}
          </p>
        </div>
      )}
      {canManage && !editing ? (
        <div className="flex gap-2">
          <button type="button" className="btn-secondary" onClick={() => setEditing(true)} aria-label={`${labels.rename}: ${project.name}`}>
            {labels.rename}
          </button>
          <form
            action={deleteAction}
            onSubmit={(e) => {
              if (!window.confirm(labels.deleteConfirm.replace('{name}', project.name))) e.preventDefault();
            }}
          >
            <input type="hidden" name="projectId" value={project.id} />
            <button type="submit" className="btn-danger" disabled={deleting} aria-label={`${labels.delete}: ${project.name}`}>
              {deleting ? labels.working : labels.delete}
            </button>
          </form>
        </div>
      ) : null}
      <div className="sm:basis-full">
        <FormError state={renameState} />
        <FormError state={deleteState} />
      </div>
    </li>
  );
}
