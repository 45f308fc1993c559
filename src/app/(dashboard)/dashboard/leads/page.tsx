import { getTranslations } from 'next-intl/server';
import { Inbox } from 'lucide-react';
import { requireSession } from '@/modules/accounts/server-session';
import { listLeads } from '@/modules/host/list-leads';
import { LeadCard } from '@/modules/host/ui/lead-card';
import { pageTitle } from '@/lib/i18n/page-title';
import { EmptyState } from '@/lib/ui/empty-state';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('leads.title');

export default async function LeadsPage() {
  const session = await requireSession();
  const [t, leads] = await Promise.all([getTranslations('leads'), listLeads(session.claims)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('subtitle')} />
      {leads.length === 0 ? (
        <EmptyState icon={Inbox} title={t('emptyTitle')}>
          {t('empty')}
        </EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="leads">
          {leads.map((lead) => (
            <li key={lead.id} id={`lead-${lead.id}`} className="scroll-mt-4">
              <LeadCard lead={lead} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
