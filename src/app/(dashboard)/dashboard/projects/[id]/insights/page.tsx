import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { ArrowLeft, PencilLine } from 'lucide-react';
import { pageTitle } from '@/lib/i18n/page-title';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { PageHeader } from '@/lib/ui/page-header';
import { getEntitlements } from '@/modules/billing/get-entitlements';
import { requireSession } from '@/modules/accounts/server-session';
import { areSitesMeasurable } from '@/modules/insights/are-sites-measurable';
import { getSiteInsights } from '@/modules/insights/get-site-insights';
import { uptimeIntervalMs } from '@/modules/insights/uptime-plan';
import { PerformancePanel } from '@/modules/insights/ui/performance-panel';
import { TrafficPanel } from '@/modules/insights/ui/traffic-panel';
import { UptimePanel } from '@/modules/insights/ui/uptime-panel';
import { getProject } from '@/modules/projects/get-project';

export const generateMetadata = pageTitle('siteInsights.title');

// A site's insights: uptime (status, this month's history, incidents), traffic and performance,
// this month. Same 404 as the site's page for a project that is not the caller's (RLS returns
// nothing for it).
export default async function SiteInsightsPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const project = await getProject(session.claims, { projectId: id.data });
  if (!project) notFound();
  const now = new Date();
  const [t, insights, entitlements] = await Promise.all([
    getTranslations('siteInsights'),
    getSiteInsights(session.claims, { projectId: project.id, now }),
    getEntitlements(session.claims),
  ]);
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
        description={t('subtitle', { site: project.name })}
        actions={
          <Button asChild variant="secondary">
            <Link href={`/dashboard/projects/${project.id}`}>
              <PencilLine aria-hidden="true" />
              {t('openSite')}
            </Link>
          </Button>
        }
      />
      {insights.isLive ? null : (
        <Alert variant="info" role="note">
          {t('notPublished')}
        </Alert>
      )}
      <div data-testid="uptime-panel">
        <UptimePanel
          summary={insights.uptime}
          from={insights.month.from}
          to={insights.month.to}
          intervalMinutes={uptimeIntervalMs(entitlements.tier) / 60_000}
          isLive={insights.isLive}
          now={now}
        />
      </div>
      <div data-testid="performance-panel">
        <PerformancePanel
          summary={insights.performance}
          tier={entitlements.tier}
          isLive={insights.isLive}
          areSitesMeasurable={areSitesMeasurable()}
          now={now}
          pinned={{ projectId: project.id, ...insights.pinned, canEdit: project.role !== 'viewer' }}
        />
      </div>
      <div data-testid="traffic-panel">
        <TrafficPanel summary={insights.traffic} isLive={insights.isLive} />
      </div>
    </div>
  );
}
