import { getTranslations } from 'next-intl/server';
import { FolderPlus } from 'lucide-react';
import { getEnv } from '@/lib/env';
import { requireSession } from '@/modules/accounts/server-session';
import { getEntitlements } from '@/modules/billing/get-entitlements';
import { listReadOnlyProjects } from '@/modules/billing/list-read-only-projects';
import { ReadOnlySummary } from '@/modules/billing/ui/read-only-notice';
import { UpgradeLink } from '@/modules/billing/ui/upgrade-link';
import { getClientOverview } from '@/modules/insights/get-client-overview';
import { AttentionList } from '@/modules/insights/ui/attention-list';
import { MonthFigures } from '@/modules/insights/ui/month-figures';
import { SiteSummary } from '@/modules/insights/ui/site-summary';
import { CreateProjectForm } from '@/modules/projects/ui/create-project-form';
import { DescribeSiteForm } from '@/modules/generate/ui/describe-site-form';
import { ProjectRow } from '@/modules/projects/ui/project-row';
import { ProjectQuota } from '@/modules/projects/ui/project-quota';
import { pageTitle } from '@/lib/i18n/page-title';
import { Alert, AlertActions, AlertDescription } from '@/lib/ui/alert';
import { Card, CardTitle } from '@/lib/ui/card';
import { EmptyState } from '@/lib/ui/empty-state';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.projects');

// The dashboard home: what needs attention first, this month's figures, the new-project form (where
// it always was, above the list), then each site with its status and numbers. Everything comes from getClientOverview, read as the signed-in person (RLS).
export default async function DashboardHomePage() {
  const session = await requireSession();
  const now = new Date();
  const [t, tTier, overview, entitlements, readOnly] = await Promise.all([
    getTranslations('dashboard'),
    getTranslations('tier'),
    getClientOverview(session.claims, { now }),
    getEntitlements(session.claims),
    listReadOnlyProjects(session.claims),
  ]);
  const { sites } = overview;
  // Sites beyond the plan (e.g. after a subscription ended): the database keeps them read-only.
  const readOnlyNames = sites.filter((p) => readOnly.has(p.id)).map((p) => p.name);
  const firstReadOnly = readOnly.values().next().value;
  const root = getEnv().ROOT_DOMAIN;
  // Presentation takes a plain quota view: where the numbers come from is the page's business.
  const quota = { ...entitlements.projects, tier: entitlements.tier };
  // A new site starts from "what do you want to build?"; an empty project (name and address
  // first) stays one click away for people who want to set it up themselves.
  const newProject = (
    <Card>
      <section aria-labelledby="new-project" className="space-y-3">
        <CardTitle id="new-project">{t('describe.title')}</CardTitle>
        {quota.isAtLimit ? (
          // Said before the form whose button it disables, with the way out (never a dead end).
          <Alert variant="warning" role="note" data-testid="project-limit">
            <AlertDescription>{t('limitReached', { tier: tTier('name', { tier: quota.tier }), limit: quota.limit ?? 0 })}</AlertDescription>
            <AlertActions>
              <UpgradeLink limit="projects" />
            </AlertActions>
          </Alert>
        ) : null}
        <DescribeSiteForm isAtLimit={quota.isAtLimit} />
        <details className="group rounded-lg border border-line p-3" data-testid="empty-project">
          <summary className="min-h-11 cursor-pointer content-center text-sm font-medium text-brand-700">
            {t('describe.emptyInstead')}
          </summary>
          <div className="pt-3">
            <CreateProjectForm rootDomain={root} upgradeAction={<UpgradeLink limit="projects" />} />
          </div>
        </details>
      </section>
    </Card>
  );
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('subtitle')} actions={<ProjectQuota quota={quota} />} />
      {firstReadOnly && readOnlyNames.length > 0 ? <ReadOnlySummary names={readOnlyNames} readOnly={firstReadOnly} /> : null}
      {sites.length === 0 ? (
        <>
          {newProject}
          <EmptyState icon={FolderPlus} title={t('emptyTitle')}>
            {t('emptyBody')}
          </EmptyState>
        </>
      ) : (
        <>
          <AttentionList items={overview.attention} now={now} hasLiveSites={sites.some((s) => s.status !== 'not_published')} />
          <MonthFigures month={overview.month} totals={overview.totals} />
          {newProject}
          <ul className="space-y-3" aria-label={t('title')}>
            {sites.map((p) => (
              <ProjectRow
                key={p.id}
                project={{ id: p.id, name: p.name, slug: p.slug, createdAt: p.createdAt }}
                siteUrl={`${p.slug}.${root}`}
                canManage={p.role === 'owner'}
              >
                <SiteSummary site={p} />
              </ProjectRow>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
