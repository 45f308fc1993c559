import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { ArrowLeft } from 'lucide-react';
import { requireSession } from '@/modules/accounts/server-session';
import { getProject } from '@/modules/projects/get-project';
import { getDraft } from '@/modules/drafts/get-draft';
import { listFileIds } from '@/modules/document/list-file-ids';
import { getPhotoPreviews } from '@/modules/storage/get-photo-previews';
import { PublishPanel } from '@/modules/host/ui/publish-panel';
import { SiteEditor } from '@/modules/editor/ui/site-editor';
import { pageTitle } from '@/lib/i18n/page-title';
import { Button } from '@/lib/ui/button';
import { EmptyState } from '@/lib/ui/empty-state';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('editor.title');

export default async function ProjectEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  // RLS returns nothing for a project that is not the caller's: same 404 as a missing one. A
  // viewer may look at the studio but not edit, so the editor is a 404 for them too (saving
  // would be refused by RLS anyway).
  const project = await getProject(session.claims, { projectId: id.data });
  if (!project || project.role === 'viewer') notFound();
  const [t, draft] = await Promise.all([getTranslations('editor'), getDraft(session.claims, { projectId: project.id })]);
  const studioHref = `/dashboard/projects/${project.id}`;
  if (!draft) {
    return (
      <div className="mx-auto max-w-3xl space-y-4 px-4 py-6">
        <Button asChild variant="link" className="min-h-11">
          <Link href={studioHref}>
            <ArrowLeft aria-hidden="true" />
            {t('back')}
          </Link>
        </Button>
        <PageHeader eyebrow={t('title')} title={project.name} />
        <EmptyState>{t('noDraft')}</EmptyState>
      </div>
    );
  }
  // The draft's photos travel into the sandboxed canvas inline (see getPhotoPreviews).
  const photoIds = listFileIds(draft.document).slice(0, 60);
  const photos = Object.fromEntries(
    Object.entries(await getPhotoPreviews(session.claims, { ids: photoIds })).map(([fileId, url]) => [`file:${fileId}`, url]),
  );

  return (
    <SiteEditor
      projectId={project.id}
      draft={{ version: draft.version, document: draft.document }}
      photos={photos}
      // The editor's header: back to the studio, the site's name, and publishing without leaving
      // (the studio's own publish panel, composed here so the editor module does not import host's UI).
      frame={{ siteName: project.name, backHref: studioHref, publish: <PublishPanel projectId={project.id} hasDraft /> }}
    />
  );
}
