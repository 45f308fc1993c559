import { getLocale, getT } from '@/lib/i18n/server-locale';
import { formatDate } from '@/lib/i18n/translate';
import { requireAdmin } from '@/lib/auth/server-session';
import { listOutbox } from '@/modules/accounts/list-outbox';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('nav.outbox');

export default async function OutboxPage() {
  const { claims } = await requireAdmin();
  const [t, locale, mails] = await Promise.all([getT(), getLocale(), listOutbox(claims)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('admin.outboxTitle')}</h1>
      {mails.length === 0 ? (
        <p className="rounded-2xl border-2 border-dashed border-gray-300 p-8 text-center text-muted">{t('admin.outboxEmpty')}</p>
      ) : (
        <ul className="space-y-3">
          {mails.map((m) => (
            <li key={m.id} className="card space-y-1">
              <p className="text-sm text-muted">{formatDate(m.createdAt, locale, true)} · {m.provider} · {m.status}</p>
              <p className="font-semibold">{m.subject}</p>
              <p className="break-all text-sm">→ {m.toAddress}</p>
              {m.textBody ? <pre className="whitespace-pre-wrap break-all rounded-lg bg-gray-50 p-3 text-xs">{m.textBody}</pre> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
