import Link from 'next/link';
import { getLocale, getT } from '@/lib/i18n/server-locale';
import { formatDate } from '@/lib/i18n/translate';
import { requireAdmin } from '@/lib/auth/server-session';
import { listClients } from '@/modules/accounts/list-clients';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('nav.clients');

export default async function AdminClientsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { claims } = await requireAdmin();
  const { q } = await searchParams;
  const search = typeof q === 'string' ? q.slice(0, 100) : undefined;
  const [t, locale, clients] = await Promise.all([getT(), getLocale(), listClients(claims, { search })]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{t('admin.title')}</h1>
        <p className="text-muted">{t('admin.subtitle')}</p>
      </div>
      <form role="search" className="flex gap-2" action="/admin">
        <label htmlFor="q" className="sr-only">{t('admin.search')}</label>
        <input id="q" name="q" type="search" defaultValue={search} placeholder={t('admin.search')} className="input max-w-sm" />
        <button type="submit" className="btn-secondary">{t('admin.search')}</button>
      </form>
      {clients.length === 0 ? (
        <p className="rounded-2xl border-2 border-dashed border-gray-300 p-8 text-center text-muted">{t('admin.noClients')}</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-gray-200 bg-white">
          <table className="w-full min-w-[640px] text-left text-sm">
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className="p-3">{t('admin.email')}</th>
                <th scope="col" className="p-3">{t('admin.type')}</th>
                <th scope="col" className="p-3">{t('admin.tier')}</th>
                <th scope="col" className="p-3">{t('admin.status')}</th>
                <th scope="col" className="p-3">{t('admin.projects')}</th>
                <th scope="col" className="p-3">{t('admin.joined')}</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((c) => (
                <tr key={c.id} className="border-t border-gray-100">
                  <td className="p-3"><Link className="font-medium text-brand-700 underline" href={`/admin/clients/${c.id}`}>{c.email}</Link></td>
                  <td className="p-3">{c.userType}</td>
                  <td className="p-3">{t(`tier.${c.tier}`)}</td>
                  <td className="p-3">{c.accountStatus} · {c.subscriptionStatus}</td>
                  <td className="p-3 tabular-nums">{c.projects}</td>
                  <td className="p-3">{formatDate(c.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
