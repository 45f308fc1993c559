'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/lib/ui/button';

// Shown for unexpected errors in a route segment. No details are shown: the error was reported
// on the server; `digest` lets support find it. Rendered inside the root layout, so the
// catalog is available.
export default function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('error');
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center" role="alert">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-muted">{t('body')}</p>
      {error.digest ? <p className="font-mono text-xs text-muted">{t('reference', { digest: error.digest })}</p> : null}
      <Button onClick={reset}>{t('retry')}</Button>
    </main>
  );
}
