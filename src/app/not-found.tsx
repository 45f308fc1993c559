import Link from 'next/link';
import { getT } from '@/lib/i18n/server-locale';

export default async function NotFound() {
  const t = await getT();
  return (
    <main className="mx-auto flex min-h-[70dvh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="text-2xl font-bold">{t('notFound.title')}</h1>
      <p className="text-muted">{t('notFound.body')}</p>
      <Link className="btn-secondary" href="/">{t('notFound.home')}</Link>
    </main>
  );
}
