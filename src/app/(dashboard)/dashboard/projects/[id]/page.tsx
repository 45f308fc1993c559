import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { ArrowLeft, ChartNoAxesCombined, PencilLine } from 'lucide-react';
import { describeAdapters } from '@/lib/env';
import { requireSession } from '@/modules/accounts/server-session';
import { getProject } from '@/modules/projects/get-project';
import { getDraft } from '@/modules/drafts/get-draft';
import { listFileIds } from '@/modules/document/list-file-ids';
import { getPhotoPreviews } from '@/modules/storage/get-photo-previews';
import { getLastSiteRequest } from '@/modules/generate/get-last-site-request';
import { listKindChoices } from '@/modules/generate/list-kind-choices';
import { getLocale } from '@/lib/i18n/server-locale';
import { getEntitlements } from '@/modules/billing/get-entitlements';
import { listReadOnlyProjects } from '@/modules/billing/list-read-only-projects';
import { ReadOnlyProjectNotice } from '@/modules/billing/ui/read-only-notice';
import { UpgradeLink } from '@/modules/billing/ui/upgrade-link';
import { SiteStudio } from '@/modules/generate/ui/site-studio';
import { PublishPanel } from '@/modules/host/ui/publish-panel';
import { LeadDestinations } from '@/modules/host/ui/lead-destinations';
import { getSiteLeadRouting } from '@/modules/host/get-site-lead-routing';
import { getProjectTeam } from '@/modules/projects/get-project-team';
import { TeamPanel } from '@/modules/projects/ui/team-panel';
import { pageTitle } from '@/lib/i18n/page-title';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('studio.title');

export default async function ProjectStudioPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  // RLS returns nothing for a project that is not the caller's: same 404 as a missing one.
  const project = await getProject(session.claims, { projectId: id.data });
  if (!project) notFound();
  const [t, tHome, draft, entitlements, team, lastRequest, readOnlyProjects, leadRouting] = await Promise.all([
    getTranslations('studio'),
    getTranslations('home'),
    getDraft(session.claims, { projectId: project.id }),
    getEntitlements(session.claims),
    getProjectTeam(session.claims, { projectId: project.id }),
    getLastSiteRequest(session.claims, { projectId: project.id }),
    listReadOnlyProjects(session.claims),
    getSiteLeadRouting(session.claims, { projectId: project.id }),
  ]);
  const readOnly = readOnlyProjects.get(project.id);
  // The draft's photos travel into the sandboxed preview inline (see getPhotoPreviews).
  const photoIds = draft ? listFileIds(draft.document).slice(0, 60) : [];
  const photoPreviews = Object.fromEntries(
    Object.entries(await getPhotoPreviews(session.claims, { ids: photoIds })).map(([id, url]) => [`file:${id}`, url]),
  );
  const isOwner = project.role === 'owner';
  const seatLimit = entitlements.limits.teamMembers;
  const isOffline = describeAdapters().ai === 'offline';
  const { generations, aiTokens } = entitlements;

  return (
    <div className="space-y-6">
      <Button asChild variant="link" className="min-h-11">
        <Link href="/dashboard">
          <ArrowLeft aria-hidden="true" />
          {t('back')}
        </Link>
      </Button>
      <PageHeader
        eyebrow={t('title')}
        title={project.name}
        actions={
          <>
            {/* Uptime, speed and visits of this site. */}
            <Button asChild variant="secondary">
              <Link href={`/dashboard/projects/${project.id}/insights`}>
                <ChartNoAxesCombined aria-hidden="true" />
                {tHome('insightsLink')}
              </Link>
            </Button>
            {draft && project.role !== 'viewer' ? (
              <Button asChild>
                <Link href={`/dashboard/projects/${project.id}/edit`}>
                  <PencilLine aria-hidden="true" />
                  {t('openEditor')}
                </Link>
              </Button>
            ) : null}
          </>
        }
      />
      {readOnly ? <ReadOnlyProjectNotice readOnly={readOnly} /> : null}
      {isOffline ? (
        <Alert variant="info" role="note" data-testid="offline-notice">
          {t('offlineNotice')}
        </Alert>
      ) : null}
      {project.role !== 'viewer' ? <PublishPanel projectId={project.id} hasDraft={Boolean(draft)} /> : null}
      <SiteStudio
        projectId={project.id}
        draft={draft ? { version: draft.version, document: draft.document } : null}
        canEdit={project.role !== 'viewer'}
        lastRequest={lastRequest}
        photoPreviews={photoPreviews}
        kindChoices={listKindChoices(await getLocale())}
        quota={{
          used: generations.used,
          limit: generations.limit,
          tier: entitlements.tier,
          resetsOn: entitlements.period.end,
          isAtLimit: generations.isAtLimit || aiTokens.isAtLimit,
        }}
      />
      {/* Only the owner may change where the leads go (RLS allows no one else), and only a configured CRM makes it mean something. */}
      {isOwner && leadRouting?.isCrmConfigured ? <LeadDestinations projectId={project.id} leadsToCrm={leadRouting.leadsToCrm} /> : null}
      <TeamPanel
        projectId={project.id}
        canManage={isOwner}
        seatsFullAction={<UpgradeLink limit="team_members" />}
        team={{
          members: team.members,
          invitations: team.invitations,
          // The plan's places are the owner's to count: members plus invitations still open.
          seats: isOwner && seatLimit !== null ? { used: team.members.length + team.invitations.length, limit: seatLimit } : null,
        }}
      />
    </div>
  );
}
