import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/lib/ui/button';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <main className="mx-auto flex min-h-[70dvh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-muted">{t('body')}</p>
      <Button asChild variant="secondary">
        <Link href="/">{t('home')}</Link>
      </Button>
    </main>
  );
}
