import { useTranslations } from 'next-intl';
import { Card } from '@/lib/ui/card';
import type { AuditFix, FIX_CATEGORIES } from '../analysis-result';
import { AuditTitle } from './audit-title';

/**
 * What to fix for accessibility or SEO: each failing audit (heaviest first) with the elements or
 * files it names — the score alone does not tell a site owner (or their developer) where to start.
 */
export function AuditFixes({ category, fixes }: { category: (typeof FIX_CATEGORIES)[number]; fixes: AuditFix[] }) {
  const t = useTranslations('analyzer');
  const headingId = `fixes-${category}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-3 text-xl font-bold">
        {t('fixesTitle', { category })}
      </h2>
      {fixes.length === 0 ? (
        <p className="text-muted">{t('fixesNone')}</p>
      ) : (
        <ul className="space-y-2">
          {fixes.map((fix) => (
            <li key={fix.id}>
              <Card className="space-y-2">
                <p className="font-semibold">
                  <AuditTitle title={fix.title} />
                </p>
                {fix.items.length > 0 ? (
                  <ItemList items={fix.items} more={fix.itemCount - fix.items.length} label={t('fixesItems')} />
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The elements or files an audit names, as code (they are HTML and URLs), each wrapping anywhere on a phone. */
export function ItemList({ items, more, label }: { items: string[]; more: number; label: string }) {
  const t = useTranslations('analyzer');
  return (
    <div>
      <p className="text-sm text-muted">{label}</p>
      <ul className="mt-1 space-y-1 text-sm">
        {items.map((item) => (
          <li key={item}>
            <code className="block rounded bg-slate-50 px-2 py-1 break-all">{item}</code>
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="mt-1 text-sm text-muted">{t('fixesMore', { count: more })}</p> : null}
    </div>
  );
}
