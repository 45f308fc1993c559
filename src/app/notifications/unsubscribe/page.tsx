import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MailX } from 'lucide-react';
import { readUnsubscribeToken } from '@/modules/notifications/unsubscribe-by-token';
import { KIND_SELECTOR } from '@/modules/notifications/describe-notification';
import { pageTitle } from '@/lib/i18n/page-title';
import { Alert } from '@/lib/ui/alert';
import { Button, buttonVariants } from '@/lib/ui/button';
import { BrandMark } from '@/lib/ui/brand-mark';

export const dynamic = 'force-dynamic';
export const generateMetadata = pageTitle('notifications.unsubscribe.title');

/**
 * Where a mail's "Unsubscribe" link lands, signed in or not. Opening it changes nothing (mail
 * scanners open links); the one button does, through the same one-click endpoint mail clients use.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = typeof params.token === 'string' ? params.token : '';
  const isDone = params.done === '1';
  const t = await getTranslations('notifications');
  const target = token ? readUnsubscribeToken(token) : null;
  const kindName = target ? t('preferences.kind', { kind: KIND_SELECTOR[target.kind] }) : '';
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-5 p-6" id="main">
      <p className="flex items-center gap-2 font-bold">
        <BrandMark /> Page Magic
      </p>
      <span className="flex size-14 items-center justify-center rounded-full bg-brand-50 text-brand-700">
        <MailX aria-hidden="true" className="size-7" />
      </span>
      <h1 className="text-2xl font-bold">{t('unsubscribe.title')}</h1>
      {!target ? (
        <Alert variant="warning">{t('unsubscribe.invalid')}</Alert>
      ) : isDone ? (
        <Alert variant="success" role="status">
          {t('unsubscribe.done', { kind: kindName })}
        </Alert>
      ) : (
        <form method="post" action={`/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`} className="space-y-4">
          <p className="text-lg">{t('unsubscribe.confirm', { kind: kindName })}</p>
          <p className="text-muted">{t('unsubscribe.explain')}</p>
          <Button type="submit">{t('unsubscribe.button')}</Button>
        </form>
      )}
      <Link href="/dashboard/notifications/settings" className={buttonVariants({ variant: 'link' })}>
        {t('unsubscribe.manage')}
      </Link>
    </main>
  );
}
