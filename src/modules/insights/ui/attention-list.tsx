import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CircleCheck, CreditCard, Gauge, Globe, MessageSquare, ServerCrash, TriangleAlert, type LucideIcon } from 'lucide-react';
import { Card, CardTitle } from '@/lib/ui/card';
import type { AttentionItem, AttentionKind } from '../attention';

const ICON: Record<AttentionKind, LucideIcon> = {
  site_down: ServerCrash,
  domain_problem: Globe,
  past_due: CreditCard,
  performance_drop: Gauge,
  publish_failed: TriangleAlert,
  ticket_waiting: MessageSquare,
};
const URGENT: readonly AttentionKind[] = ['site_down', 'domain_problem', 'past_due'];

/**
 * What needs the client's attention, most urgent first (the order comes from rankAttention), each
 * with where to fix it. With nothing to do it says so — only when there is something on the web
 * to be fine about.
 */
export async function AttentionList({ items, now, hasLiveSites }: { items: AttentionItem[]; now: Date; hasLiveSites: boolean }) {
  const [t, format] = await Promise.all([getTranslations('home'), getFormatter()]);
  if (items.length === 0) {
    if (!hasLiveSites) return null;
    return (
      <p
        className="flex items-center gap-2 rounded-xl border border-green-200 bg-green-50 px-3 py-2.5 text-sm text-green-900"
        data-testid="attention-none"
      >
        <CircleCheck aria-hidden="true" className="size-4 shrink-0" />
        {t('attentionNone')}
      </p>
    );
  }
  return (
    <Card className="border-amber-200" data-testid="attention">
      <section aria-labelledby="attention-title" className="space-y-3">
        <CardTitle id="attention-title">{t('attentionTitle', { count: items.length })}</CardTitle>
        <ol className="divide-y divide-gray-100">
          {items.map((item, i) => {
            const Icon = ICON[item.kind];
            const values = {
              kind: item.kind,
              site: item.projectName ?? '',
              subject: item.subject ?? '',
              count: item.count ?? 1,
              when: item.since ? format.relativeTime(item.since, now) : '',
            };
            return (
              <li
                key={`${item.kind}-${item.projectId ?? ''}-${item.subject ?? ''}-${i}`}
                className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center"
              >
                <span
                  className={
                    URGENT.includes(item.kind)
                      ? 'flex size-9 shrink-0 items-center justify-center rounded-full bg-red-50 text-red-700'
                      : 'flex size-9 shrink-0 items-center justify-center rounded-full bg-amber-50 text-amber-800'
                  }
                >
                  <Icon aria-hidden="true" className="size-5" />
                </span>
                <div className="min-w-0 flex-1">
                  <p id={`attention-${i}`} className="font-semibold break-words" data-testid="attention-item" data-kind={item.kind}>
                    {t('attentionItem', values)}
                  </p>
                  <p className="text-sm break-words text-muted">
                    {item.since || item.kind === 'past_due' ? t('attentionBody', values) : null}
                  </p>
                </div>
                {/* What it fixes is the link's description (the item's title), so the link's name stays
                    the action and never repeats a site's name. */}
                <Link
                  href={item.href}
                  aria-describedby={`attention-${i}`}
                  className="inline-flex min-h-11 shrink-0 items-center rounded-lg px-1 text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
                >
                  {t('attentionAction', { kind: item.kind })}
                </Link>
              </li>
            );
          })}
        </ol>
      </section>
    </Card>
  );
}
