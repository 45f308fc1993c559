import { getTranslations } from 'next-intl/server';
import { MailOpen } from 'lucide-react';
import { requireAdmin } from '@/modules/accounts/server-session';
import { listOutbox } from '@/modules/accounts/list-outbox';
import { OutboxMailBody } from '@/modules/accounts/ui/outbox-mail-body';
import { pageTitle } from '@/lib/i18n/page-title';
import { Badge } from '@/lib/ui/badge';
import { Card } from '@/lib/ui/card';
import { EmptyState } from '@/lib/ui/empty-state';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.outbox');

export default async function OutboxPage() {
  const { claims } = await requireAdmin();
  const [t, mails] = await Promise.all([getTranslations('admin'), listOutbox(claims)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('outboxTitle')} description={t('outboxDescription')} />
      {mails.length === 0 ? (
        <EmptyState icon={MailOpen} title={t('outboxEmpty')} />
      ) : (
        <ul className="space-y-3">
          {mails.map((m) => (
            <li key={m.id}>
              <Card className="space-y-2">
                <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
                  <time dateTime={m.createdAt.toISOString()}>{t('occurredAt', { date: m.createdAt })}</time>
                  <Badge>{m.provider}</Badge>
                  <Badge variant={m.status === 'failed' ? 'danger' : m.status === 'sent' ? 'success' : 'neutral'}>{m.status}</Badge>
                </p>
                <p className="font-semibold break-words">{m.subject}</p>
                <p className="text-sm break-all">{t('outboxTo', { address: m.toAddress })}</p>
                <OutboxMailBody id={m.id} redacted={m.textRedacted} hasSecret={m.hasSecret} />
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
