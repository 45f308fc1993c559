'use client';

import { useTranslations } from 'next-intl';
import { WifiOff } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import { useIsOnline } from '@/lib/ui/use-is-online';
import { useRequestReference } from '@/lib/ui/use-request-reference';

// Shown for unexpected errors in a route segment. No details are shown: the error was reported
// on the server; the reference (the request id, else Next's `digest`) lets support find it. Rendered inside the root layout, so the
// catalog is available. Offline, what failed was the connection, not the app: the page says that
// (as the offline page does) instead of "something went wrong… it has been reported", and trying
// again is a full load, which the service worker answers with the page it kept or the offline page.
export default function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('error');
  const tOffline = useTranslations('offline');
  const isOnline = useIsOnline();
  // The failed request's id (its log line and Sentry event carry it); Next's digest otherwise.
  const reference = useRequestReference() ?? error.digest;
  if (!isOnline) {
    return (
      <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center" role="alert">
        <WifiOff aria-hidden="true" className="size-8 text-brand-700" />
        <h1 className="text-2xl font-bold">{tOffline('title')}</h1>
        <p className="text-muted">{tOffline('body')}</p>
        <Button onClick={() => window.location.reload()}>{tOffline('retry')}</Button>
      </main>
    );
  }
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center" role="alert">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-muted">{t('body')}</p>
      {reference ? <p className="font-mono text-xs text-muted">{t('reference', { digest: reference })}</p> : null}
      <Button onClick={reset}>{t('retry')}</Button>
    </main>
  );
}
