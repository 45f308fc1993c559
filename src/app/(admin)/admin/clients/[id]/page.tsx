import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { listClientSubscriptionStates } from '@/modules/billing/list-subscription-states';
import { getTranslations } from 'next-intl/server';
import { ArrowLeft } from 'lucide-react';
import { requireAdmin } from '@/modules/accounts/server-session';
import { isAppError } from '@/lib/errors';
import { getClientDetail } from '@/modules/accounts/get-client-detail';
import { listProjectsOwnedBy } from '@/modules/projects/list-projects-owned-by';
import { listReports } from '@/modules/reports/list-reports';
import { AdminGenerateReport } from '@/modules/reports/ui/admin-generate-report';
import { ReportList } from '@/modules/reports/ui/report-list';
import { AdminClientActions } from '@/modules/accounts/ui/admin-client-actions';
import { AuditTable } from '@/modules/accounts/ui/audit-table';
import { pageTitle } from '@/lib/i18n/page-title';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { Card } from '@/lib/ui/card';

export const generateMetadata = pageTitle('admin.clientDetail');

export default async function AdminClientPage({ params }: { params: Promise<{ id: string }> }) {
  const { claims } = await requireAdmin();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const detail = await getClientDetail(claims, { clientId: id.data }).catch((err: unknown) => {
    if (isAppError(err) && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const [t, projects, reports, subscriptions] = await Promise.all([
    getTranslations(),
    listProjectsOwnedBy(claims, [id.data]),
    listReports(claims, { ownerId: id.data }),
    listClientSubscriptionStates(claims, [id.data]),
  ]);
  // The month input's bounds: any month up to the current one (the server checks in the agency's time zone).
  const now = new Date();
  const thisMonth = now.toISOString().slice(0, 7);
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15)).toISOString().slice(0, 7);
  const { profile } = detail;
  return (
    <div className="space-y-6">
      <Button asChild variant="link" className="min-h-11">
        <Link href="/admin">
          <ArrowLeft aria-hidden="true" />
          {t('admin.back')}
        </Link>
      </Button>
      <Card className="space-y-2">
        <h1 className="text-2xl font-bold break-all">{profile.email}</h1>
        {profile.displayName ? <p className="text-muted">{profile.displayName}</p> : null}
        <p className="flex flex-wrap gap-1">
          <Badge>{t('admin.userType', { type: profile.userType })}</Badge>
          <Badge variant="brand">{t('tier.name', { tier: profile.tier })}</Badge>
          <Badge variant={profile.accountStatus === 'active' ? 'success' : 'danger'}>
            {t('admin.accountStatus', { status: profile.accountStatus })}
          </Badge>
          <Badge>{t('admin.subscriptionStatus', { status: subscriptions.get(profile.id)?.status ?? 'none' })}</Badge>
        </p>
        <p className="text-sm text-muted">{t('admin.joinedOn', { date: profile.createdAt })}</p>
      </Card>
      <AdminClientActions clientId={profile.id} currentTier={profile.tier} canImpersonate={profile.userType === 'client'} />
      <section className="space-y-2" aria-labelledby="client-projects">
        <h2 id="client-projects" className="text-lg font-semibold">
          {t('admin.clientProjects', { count: projects.length })}
        </h2>
        {projects.length === 0 ? (
          <p className="text-sm text-muted">{t('admin.noProjects')}</p>
        ) : (
          <ul className="space-y-1">
            {projects.map((p) => (
              <li key={p.id} className="rounded-lg border border-gray-200 bg-white px-3 py-2 text-sm break-words">
                {p.name} <span className="font-mono text-muted">({p.slug})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {profile.userType === 'client' ? (
        <section className="space-y-2" aria-labelledby="client-reports">
          <h2 id="client-reports" className="text-lg font-semibold">
            {t('reports.admin.title')}
          </h2>
          <Card>
            <AdminGenerateReport clientId={profile.id} defaultMonth={lastMonth} maxMonth={thisMonth} />
          </Card>
          <ReportList reports={reports} emptyText={t('reports.admin.none')} />
        </section>
      ) : null}
      <section className="space-y-2" aria-labelledby="client-activity">
        <h2 id="client-activity" className="text-lg font-semibold">
          {t('admin.recentAudit')}
        </h2>
        <AuditTable rows={detail.activity} headingLevel="h3" />
      </section>
    </div>
  );
}
