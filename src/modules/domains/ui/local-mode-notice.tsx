import { getTranslations } from 'next-intl/server';
import { Laptop } from 'lucide-react';
import { Card } from '@/lib/ui/card';
import { OWNERSHIP_PREFIX } from '../dns-records';

/**
 * The Domains page on an installation DNS cannot reach (the embedded default on localhost): why a
 * custom domain cannot go live here, and how it works on a public server, with example records in
 * the same form the page shows for a real domain.
 */
export async function LocalModeNotice({ rootHost }: { rootHost: string }) {
  const t = await getTranslations('domains');
  const example = t('local.exampleDomain');
  const records = [
    { kind: 'TXT', host: `${OWNERSHIP_PREFIX}.${example}`, value: t('local.exampleTxtValue'), purpose: t('local.txtPurpose') },
    { kind: 'CNAME', host: example, value: t('local.exampleTarget'), purpose: t('local.cnamePurpose') },
  ];
  return (
    <Card className="space-y-4" aria-labelledby="domains-local-title" data-testid="domains-local-mode">
      <div className="space-y-2">
        <h2 id="domains-local-title" className="flex items-start gap-2 text-lg font-semibold">
          <Laptop aria-hidden="true" className="mt-1 size-5 shrink-0 text-brand-600" />
          {t('local.title')}
        </h2>
        <p>{t('local.why', { host: rootHost })}</p>
      </div>
      <div className="space-y-2">
        <h3 className="font-semibold">{t('local.howTitle')}</h3>
        <ol className="list-decimal space-y-2 ps-5">
          <li>{t('local.step1', { domain: example })}</li>
          <li>
            {t('local.step2')}
            <ul className="mt-2 space-y-2" aria-label={t('local.exampleRecords')}>
              {records.map((record) => (
                <li key={record.kind} className="rounded-xl border border-gray-200 p-3 text-sm" data-testid="example-record">
                  <p className="mb-1 font-semibold">
                    {record.kind} · <span className="font-normal text-muted">{record.purpose}</span>
                  </p>
                  <dl className="grid gap-1 sm:grid-cols-[6rem_1fr]">
                    <dt className="text-muted">{t('recordName')}</dt>
                    <dd className="min-w-0 font-mono break-all">{record.host}</dd>
                    <dt className="text-muted">{t('recordValue')}</dt>
                    <dd className="min-w-0 font-mono break-all">{record.value}</dd>
                  </dl>
                </li>
              ))}
            </ul>
          </li>
          <li>{t('local.step3')}</li>
        </ol>
      </div>
      <p className="text-sm text-muted">{t('local.setup')}</p>
    </Card>
  );
}
