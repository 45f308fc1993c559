import { getTranslations } from 'next-intl/server';
import { Search, UsersRound } from 'lucide-react';
import { requireAdmin } from '@/modules/accounts/server-session';
import { listClients } from '@/modules/accounts/list-clients';
import { listClientSubscriptionStates } from '@/modules/billing/list-subscription-states';
import { listProjectsOwnedBy } from '@/modules/projects/list-projects-owned-by';
import { ClientsTable } from '@/modules/accounts/ui/clients-table';
import { getAgencyOverview } from '@/modules/insights/get-agency-overview';
import { AgencyOverviewPanel } from '@/modules/insights/ui/agency-overview-panel';
import { pageTitle } from '@/lib/i18n/page-title';
import { Button } from '@/lib/ui/button';
import { EmptyState } from '@/lib/ui/empty-state';
import { Input } from '@/lib/ui/input';
import { Label } from '@/lib/ui/label';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('agencyOverview.title');

export default async function AdminClientsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { claims } = await requireAdmin();
  const { q } = await searchParams;
  const search = typeof q === 'string' ? q.slice(0, 100) : undefined;
  const now = new Date();
  const [t, tOverview, clients, overview] = await Promise.all([
    getTranslations('admin'),
    getTranslations('agencyOverview'),
    listClients(claims, { search }),
    getAgencyOverview(claims, { now }),
  ]);
  const [owned, subscriptions] = await Promise.all([
    listProjectsOwnedBy(
      claims,
      clients.map((c) => c.id),
    ),
    listClientSubscriptionStates(
      claims,
      clients.map((c) => c.id),
    ),
  ]);
  const rows = clients.map((c) => ({
    id: c.id,
    email: c.email,
    userType: c.userType,
    tier: c.tier,
    accountStatus: c.accountStatus,
    subscriptionStatus: subscriptions.get(c.id)?.status ?? 'none',
    projectCount: owned.filter((p) => p.ownerId === c.id).length,
    createdAt: c.createdAt,
  }));
  return (
    <div className="space-y-6">
      <PageHeader title={tOverview('title')} description={tOverview('subtitle')} />
      <AgencyOverviewPanel overview={overview} now={now} />
      <section aria-labelledby="clients-title" className="space-y-4">
        <div className="space-y-1">
          <h2 id="clients-title" className="text-xl font-bold">
            {t('title')}
          </h2>
          <p className="text-muted">{t('subtitle')}</p>
        </div>
        <form role="search" className="flex flex-col gap-2 sm:flex-row" action="/admin">
          <Label htmlFor="q" className="sr-only">
            {t('search')}
          </Label>
          <Input id="q" name="q" type="search" defaultValue={search} placeholder={t('search')} className="max-w-sm" />
          <Button type="submit" variant="secondary">
            <Search aria-hidden="true" />
            {t('search')}
          </Button>
        </form>
        {rows.length === 0 ? (
          <EmptyState icon={UsersRound} title={t('noClients')} headingLevel="h3">
            {search ? t('noClientsBody') : null}
          </EmptyState>
        ) : (
          <ClientsTable rows={rows} />
        )}
      </section>
    </div>
  );
}
