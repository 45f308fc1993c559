import { getTranslations } from 'next-intl/server';
import { Inbox, Mail, Phone } from 'lucide-react';
import { requireSession } from '@/modules/accounts/server-session';
import { listLeads } from '@/modules/host/list-leads';
import { pageTitle } from '@/lib/i18n/page-title';
import { Badge } from '@/lib/ui/badge';
import { Card } from '@/lib/ui/card';
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
              <Card className="space-y-2">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
                  <time dateTime={lead.createdAt.toISOString()}>{t('receivedAt', { date: lead.createdAt })}</time>
                  <span aria-hidden="true">·</span>
                  <span>{t('from', { site: lead.projectName })}</span>
                  {lead.locale ? <Badge lang={lead.locale}>{lead.locale}</Badge> : null}
                  {lead.kind === 'newsletter' ? (
                    <Badge variant={lead.confirmedAt ? 'success' : 'neutral'}>
                      {lead.confirmedAt ? t('newsletterConfirmed') : t('newsletterPending')}
                    </Badge>
                  ) : null}
                </p>
                <p className="font-semibold break-words">{lead.name ?? t('noName')}</p>
                {lead.email || lead.phone ? (
                  <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                    {lead.email ? (
                      <a
                        className="inline-flex min-h-11 items-center gap-1 break-all text-brand-700 underline"
                        href={`mailto:${lead.email}`}
                      >
                        <Mail aria-hidden="true" className="size-4 shrink-0" />
                        {lead.email}
                      </a>
                    ) : null}
                    {lead.phone ? (
                      <a className="inline-flex min-h-11 items-center gap-1 break-all text-brand-700 underline" href={`tel:${lead.phone}`}>
                        <Phone aria-hidden="true" className="size-4 shrink-0" />
                        {lead.phone}
                      </a>
                    ) : null}
                  </p>
                ) : null}
                {lead.message ? <p className="break-words whitespace-pre-wrap">{lead.message}</p> : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
