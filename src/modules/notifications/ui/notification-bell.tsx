'use client';

import { useCallback, useEffect, useState } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Bell } from 'lucide-react';
import { cn } from '@/lib/ui/cn';

/** Other parts of the page (the inbox, the service worker's message) announce a change with this. */
export const NOTIFICATIONS_CHANGED = 'pm:notifications-changed';

const REFRESH_MS = 60_000;

/** The unread count, or null when it can't be had (offline, signed out): the bell keeps its number. */
async function fetchUnreadCount(): Promise<number | null> {
  try {
    const res = await fetch('/api/notifications/unread', { cache: 'no-store' });
    if (!res.ok) return null;
    const body = (await res.json()) as { count?: unknown };
    return typeof body.count === 'number' ? body.count : null;
  } catch {
    return null;
  }
}

/**
 * The bell in the top bar: the unread count, kept fresh while the page is open — on navigation,
 * when the tab comes back into view, when a push arrives (the service worker posts a message),
 * after marking read, and once a minute while visible. The first number comes from the server
 * render, so it is right before any JavaScript runs.
 */
export function NotificationBell({ initialCount }: { initialCount: number }) {
  const t = useTranslations('notifications.bell');
  const [count, setCount] = useState(initialCount);
  const pathname = usePathname();

  const refresh = useCallback(() => {
    void fetchUnreadCount().then((n) => n !== null && setCount(n));
  }, []);

  useEffect(() => {
    let isCurrent = true;
    void fetchUnreadCount().then((n) => isCurrent && n !== null && setCount(n));
    return () => {
      isCurrent = false;
    };
  }, [pathname]);

  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    const onMessage = (event: MessageEvent) => {
      if ((event.data as { type?: unknown } | null)?.type === 'notification') refresh();
    };
    const onChanged = () => refresh();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener(NOTIFICATIONS_CHANGED, onChanged);
    navigator.serviceWorker?.addEventListener('message', onMessage);
    const timer = window.setInterval(() => document.visibilityState === 'visible' && refresh(), REFRESH_MS);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener(NOTIFICATIONS_CHANGED, onChanged);
      navigator.serviceWorker?.removeEventListener('message', onMessage);
      window.clearInterval(timer);
    };
  }, [refresh]);

  const isActive = pathname === '/dashboard/notifications';
  return (
    <Link
      href="/dashboard/notifications"
      aria-label={t('label', { count })}
      aria-current={isActive ? 'page' : undefined}
      data-testid="notification-bell"
      className={cn(
        'relative inline-flex size-11 items-center justify-center rounded-xl text-muted hover:bg-gray-100 hover:text-ink',
        'focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-500',
        isActive && 'bg-brand-50 text-brand-700',
      )}
    >
      <Bell aria-hidden="true" className="size-5" />
      {count > 0 ? (
        <span
          aria-hidden="true"
          data-testid="notification-count"
          className="absolute top-1 right-1 flex h-5 min-w-5 items-center justify-center rounded-full bg-red-600 px-1 text-[11px] leading-none font-bold text-white"
        >
          {count > 99 ? t('many') : t('count', { count })}
        </span>
      ) : null}
    </Link>
  );
}
