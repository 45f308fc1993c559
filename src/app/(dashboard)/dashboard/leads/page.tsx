import { getLocale } from '@/lib/i18n/server-locale';
import { formatDate } from '@/lib/i18n/translate';
import { requireSession } from '@/lib/auth/server-session';
import { listLeads } from '@/modules/host/list-leads';
import { publishStrings } from '@/modules/host/ui/publish-strings';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((locale) => publishStrings(locale).leadsTitle);

export default async function LeadsPage() {
  const session = await requireSession();
  const [locale, leads] = await Promise.all([getLocale(), listLeads(session.claims)]);
  const t = publishStrings(locale);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{t.leadsTitle}</h1>
        <p className="text-muted">{t.leadsSubtitle}</p>
      </div>
      {leads.length === 0 ? (
        <p className="rounded-2xl border-2 border-dashed border-gray-300 bg-white p-10 text-center text-muted">{t.leadsEmpty}</p>
      ) : (
        <ul className="space-y-3" data-testid="leads">
          {leads.map((lead) => (
            <li key={lead.id} className="card space-y-1">
              <p className="text-sm text-muted">{formatDate(lead.createdAt, locale, true)} · {t.leadsFrom.replace('{site}', lead.projectName)}{lead.locale ? ` · ${lead.locale}` : ''}</p>
              <p className="font-semibold">{lead.name ?? '—'}</p>
              <p className="break-all text-sm">
                {lead.email ? <a className="text-brand-700 underline" href={`mailto:${lead.email}`}>{lead.email}</a> : null}
                {lead.email && lead.phone ? ' · ' : ''}
                {lead.phone ? <a className="text-brand-700 underline" href={`tel:${lead.phone}`}>{lead.phone}</a> : null}
              </p>
              {lead.message ? <p className="whitespace-pre-wrap break-words">{lead.message}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
