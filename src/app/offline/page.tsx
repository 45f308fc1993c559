import { getTranslations } from 'next-intl/server';
import { WifiOff } from 'lucide-react';
import { Button } from '@/lib/ui/button';

// Precached by the service worker and shown when a navigation fails offline. Rendered per
// request (not static) so the copy the service worker stores is in the person's language:
// its precache request carries the locale cookie and Accept-Language like any other.
export const dynamic = 'force-dynamic';

export default async function OfflinePage() {
  const t = await getTranslations('offline');
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <span className="flex size-16 items-center justify-center rounded-full bg-brand-50 text-brand-700">
        <WifiOff aria-hidden="true" className="size-8" />
      </span>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-muted">{t('body')}</p>
      {/* A full navigation (not a client-side one): it is what tries the network again. */}
      <Button asChild>
        <a href="/dashboard">{t('retry')}</a>
      </Button>
    </main>
  );
}
