import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Search } from 'lucide-react';
import { requireAdmin } from '@/modules/accounts/server-session';
import { listAgencyDomains } from '@/modules/domains/list-agency-domains';
import { AgencyDomainsTable } from '@/modules/domains/ui/agency-domains-table';
import { pageTitle } from '@/lib/i18n/page-title';
import { Button } from '@/lib/ui/button';
import { Input } from '@/lib/ui/input';
import { Label } from '@/lib/ui/label';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('admin.domains.title');

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

// requireAdmin() answers 404 to anyone who is not an active admin; listAgencyDomains checks again
// (and RLS shows a non-admin only their own domains). A page at a time: `after` is the keyset
// cursor of the previous page (an invalid one starts over), `q` a domain or a client's email.
export default async function AdminDomainsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { claims } = await requireAdmin();
  const params = await searchParams;
  const search = one(params.q)?.slice(0, 100) || undefined;
  const cursor = one(params.after);
  const [t, page] = await Promise.all([getTranslations('admin.domains'), listAgencyDomains(claims, { search, cursor })]);
  const href = (after?: string) => {
    const query = new URLSearchParams({ ...(search ? { q: search } : {}), ...(after ? { after } : {}) }).toString();
    return `/admin/domains${query ? `?${query}` : ''}`;
  };
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('subtitle')} />
      <form role="search" className="flex flex-col gap-2 sm:flex-row" action="/admin/domains">
        <Label htmlFor="domains-q" className="sr-only">
          {t('search')}
        </Label>
        <Input id="domains-q" name="q" type="search" defaultValue={search} placeholder={t('search')} className="sm:max-w-sm" />
        <Button type="submit" variant="secondary">
          <Search aria-hidden="true" />
          {t('searchButton')}
        </Button>
      </form>
      <AgencyDomainsTable domains={page.domains} isSearch={Boolean(search)} />
      {cursor || page.nextCursor ? (
        <nav aria-label={t('pages')} className="flex flex-wrap items-center justify-between gap-2">
          {cursor ? (
            <Button asChild variant="ghost">
              <Link href={href()}>{t('firstPage')}</Link>
            </Button>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <Button asChild variant="secondary">
              <Link href={href(page.nextCursor)} data-testid="domains-next-page">
                {t('nextPage')}
              </Link>
            </Button>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
