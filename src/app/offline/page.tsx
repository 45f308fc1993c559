import { getT } from '@/lib/i18n/server-locale';

// Precached by the service worker and shown when a navigation fails offline.
export const dynamic = 'force-static';

export default async function OfflinePage() {
  const t = await getT();
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <img src="/icons/icon-192.png" alt="" width={64} height={64} />
      <h1 className="text-2xl font-bold">{t('offline.title')}</h1>
      <p className="text-muted">{t('offline.body')}</p>
      <a className="btn-primary" href="/dashboard">{t('offline.retry')}</a>
    </main>
  );
}
