'use client';

import { useOptimistic, useTransition } from 'react';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import {
  Activity,
  AlertTriangle,
  BellOff,
  Check,
  CheckCheck,
  CreditCard,
  Globe,
  Inbox,
  LifeBuoy,
  Rocket,
  Gauge,
  ServerCrash,
  Timer,
  TrendingDown,
} from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { EmptyState } from '@/lib/ui/empty-state';
import { toast } from '@/lib/ui/toaster';
import { cn } from '@/lib/ui/cn';
import { markAllNotificationsReadAction, markNotificationReadAction } from '../actions';
import { messageValues } from '../describe-notification';
import type { InboxItem } from '../list-notifications';
import { NOTIFICATIONS_CHANGED } from './notification-bell';

const ICONS: Record<string, LucideIcon> = {
  'lead.created': Inbox,
  'site.published': Rocket,
  'site.failed': AlertTriangle,
  'site.down': ServerCrash,
  'site.recovered': Activity,
  'site.performance_dropped': TrendingDown,
  'domain.needs_attention': Globe,
  'usage.threshold': Gauge,
  'payment.failed': CreditCard,
  'payment.recovered': CreditCard,
  'payment.boleto_issued': CreditCard,
  'ticket.replied': LifeBuoy,
  'ticket.sla_warning': Timer,
  'ticket.sla_breached': AlertTriangle,
  'webhook.disabled': AlertTriangle,
};

type Change = { type: 'one'; id: string } | { type: 'all' };

/** The inbox: newest first, unread marked (not by colour alone), each linking to what it is about. */
export function NotificationList({ items }: { items: InboxItem[] }) {
  const t = useTranslations('notifications');
  const format = useFormatter();
  const [isPending, startTransition] = useTransition();
  const [shown, apply] = useOptimistic(items, (current: InboxItem[], change: Change) =>
    current.map((item) => (change.type === 'all' || item.id === change.id ? { ...item, isRead: true } : item)),
  );
  const unread = shown.filter((n) => !n.isRead).length;

  const mark = (change: Change) =>
    startTransition(async () => {
      apply(change);
      const result =
        change.type === 'all' ? await markAllNotificationsReadAction({}) : await markNotificationReadAction({ notificationId: change.id });
      if (!result.ok) toast.error(result.error.message);
      window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    });

  if (items.length === 0) {
    return (
      <EmptyState icon={BellOff} title={t('list.emptyTitle')}>
        {t('list.empty')}
      </EmptyState>
    );
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted" aria-live="polite">
          {unread === 0 ? t('list.allRead') : t('bell.label', { count: unread })}
        </p>
        <Button
          variant="secondary"
          size="compact"
          className="px-3"
          disabled={unread === 0 || isPending}
          onClick={() => mark({ type: 'all' })}
        >
          <CheckCheck aria-hidden="true" />
          {t('list.markAllRead')}
        </Button>
      </div>
      <ul
        className="divide-y divide-gray-200 overflow-hidden rounded-2xl border border-gray-200 bg-white"
        aria-label={t('list.label')}
        data-testid="notifications"
      >
        {shown.map((item) => {
          const values = messageValues(item.kind, item.params);
          const Icon = ICONS[item.kind] ?? Inbox;
          return (
            <li key={item.id} className={cn('flex gap-3 p-4', !item.isRead && 'bg-brand-50/60')} data-read={item.isRead ? 'true' : 'false'}>
              <span
                className={cn(
                  'mt-0.5 flex size-10 shrink-0 items-center justify-center rounded-full',
                  item.kind === 'site.failed' || item.kind === 'payment.failed' || item.kind === 'domain.needs_attention'
                    ? 'bg-amber-100 text-amber-900'
                    : 'bg-brand-100 text-brand-800',
                )}
              >
                <Icon aria-hidden="true" className="size-5" />
              </span>
              <div className="min-w-0 flex-1 space-y-1">
                <p className="flex flex-wrap items-center gap-2">
                  <Link
                    href={item.link}
                    className="font-semibold break-words text-ink hover:underline"
                    onClick={() => !item.isRead && mark({ type: 'one', id: item.id })}
                  >
                    {t('message.title', values)}
                  </Link>
                  {!item.isRead ? <Badge variant="brand">{t('list.unread')}</Badge> : null}
                </p>
                <p className="text-sm break-words text-muted">{t('message.body', values)}</p>
                <p className="text-xs text-muted">
                  <time dateTime={item.createdAt.toISOString()}>
                    {format.dateTime(item.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </time>
                </p>
              </div>
              {!item.isRead ? (
                <Button
                  variant="ghost"
                  size="icon"
                  className="shrink-0"
                  aria-label={`${t('list.markRead')}: ${t('message.title', values)}`}
                  title={t('list.markRead')}
                  disabled={isPending}
                  onClick={() => mark({ type: 'one', id: item.id })}
                >
                  <Check aria-hidden="true" />
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
