'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import { RefreshCw, WifiOff } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import { toast } from '@/lib/ui/toaster';
import { useIsOnline } from '@/lib/ui/use-is-online';

/** register-sw.js sets window.__pmWaitingWorker, then dispatches `pm:sw-update`. */
function subscribeUpdate(onChange: () => void) {
  window.addEventListener('pm:sw-update', onChange);
  return () => window.removeEventListener('pm:sw-update', onChange);
}

/**
 * The installed app's two notices: offline (this page is the copy the service worker kept, seen at
 * `renderedAt` — the moment the server rendered it — and forms will not be sent), and "a new version is ready" with a reload
 * button, from public/register-sw.js, instead of silently running old code against a new server.
 * `buildId` (the deploy that rendered this page, also the worker's version) goes in a meta tag, so
 * what a page runs can be told from outside.
 */
export function AppStatus({ renderedAt, buildId }: { renderedAt: string; buildId: string }) {
  const t = useTranslations('notifications.app');
  const isOnline = useIsOnline();
  const hasUpdate = useSyncExternalStore(
    subscribeUpdate,
    () => Boolean((window as Window & { __pmWaitingWorker?: unknown }).__pmWaitingWorker),
    () => false,
  );
  // Offline, nothing a form sends can arrive: its submission is stopped before React or the
  // browser sends it — so what was typed stays in the form — and the person is told it was not
  // sent; submit buttons look disabled meanwhile (globals.css, `data-offline`). Captured on
  // window, ahead of React's listeners on the document.
  useEffect(() => {
    if (isOnline) return;
    const root = document.documentElement;
    root.dataset.offline = 'true';
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      event.stopPropagation();
      toast.error(t('offlineNotSent'), { id: 'offline-not-sent' });
    };
    window.addEventListener('submit', onSubmit, true);
    return () => {
      delete root.dataset.offline;
      window.removeEventListener('submit', onSubmit, true);
    };
  }, [isOnline, t]);
  return (
    <>
      <meta name="pm-build" content={buildId} />
      {!isOnline ? (
        <div role="status" className="border-b border-amber-200 bg-amber-50 text-amber-900" data-testid="offline-notice">
          <p className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-2 text-sm">
            <WifiOff aria-hidden="true" className="size-4 shrink-0" />
            {t('offlineData', { date: new Date(renderedAt) })}
          </p>
        </div>
      ) : null}
      {hasUpdate ? (
        <div
          role="status"
          className="fixed inset-x-3 bottom-3 z-50 mx-auto flex max-w-md items-center gap-3 rounded-2xl bg-gray-900 p-3 text-white shadow-lg"
        >
          <p className="flex-1 text-sm">{t('updateReady')}</p>
          <Button variant="secondary" size="compact" className="px-3" onClick={() => window.dispatchEvent(new Event('pm:sw-apply'))}>
            <RefreshCw aria-hidden="true" />
            {t('reload')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
