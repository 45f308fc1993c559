import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { describeAdapters } from '@/lib/env';
import { getLocale, getT } from '@/lib/i18n/server-locale';
import { requireSession } from '@/lib/auth/server-session';
import { getProject } from '@/modules/projects/get-project';
import { getDraft } from '@/modules/generate/get-draft';
import { getGenerationQuota } from '@/modules/generate/get-generation-quota';
import { SiteStudio } from '@/modules/generate/ui/site-studio';
import { studioLabels } from '@/modules/generate/ui/studio-labels';
import { PublishPanel } from '@/modules/host/ui/publish-panel';
import { publishStrings } from '@/modules/host/ui/publish-strings';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('studio.title');

export default async function ProjectStudioPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  // RLS returns nothing for a project that is not the caller's: same 404 as a missing one.
  const project = await getProject(session.claims, { projectId: id.data });
  if (!project) notFound();
  const [t, locale, draft, quota] = await Promise.all([
    getT(),
    getLocale(),
    getDraft(session.claims, { projectId: project.id }),
    getGenerationQuota(session.claims),
  ]);
  const isOffline = describeAdapters().ai === 'offline';
  const isAtLimit =
    (quota.generationsLimit !== null && quota.generationsUsed >= quota.generationsLimit) ||
    (quota.tokensLimit !== null && quota.tokensUsed >= quota.tokensLimit);

  return (
    <div className="space-y-6">
      <Link href="/dashboard" className="text-sm text-brand-700 underline">← {t('studio.back')}</Link>
      <div className="min-w-0">
        <p className="text-sm font-semibold text-brand-700">{t('studio.title')}</p>
        <h1 className="break-words text-2xl font-bold">{project.name}</h1>
      </div>
      {isOffline ? (
        <p className="rounded-xl border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900" data-testid="offline-notice">{t('studio.offlineNotice')}</p>
      ) : null}
      {project.role !== 'viewer' ? (
        <PublishPanel projectId={project.id} slug={project.slug} hasDraft={Boolean(draft)} strings={publishStrings(locale)} locale={locale} />
      ) : null}
      <SiteStudio
        projectId={project.id}
        draft={draft ? { version: draft.version, document: draft.document } : null}
        canEdit={project.role !== 'viewer'}
        uiLocale={locale}
        quota={{
          used: quota.generationsUsed,
          limit: quota.generationsLimit,
          tierName: t(`tier.${quota.tier}`),
          // The period is a UTC month: show its first day whatever the server's time zone.
          resetsOn: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(quota.resetsAt),
          isAtLimit,
        }}
        labels={studioLabels(t)}
      />
    </div>
  );
}
