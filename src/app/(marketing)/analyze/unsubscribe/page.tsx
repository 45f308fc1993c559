import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MailX } from 'lucide-react';
import { Alert } from '@/lib/ui/alert';
import { BrandMark } from '@/lib/ui/brand-mark';
import { Button, buttonVariants } from '@/lib/ui/button';
import { readLeadUnsubscribeToken } from '@/modules/analyzer/unsubscribe-lead';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('analyzerLeads.unsubscribe');
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * Where an analyzer mail's "Unsubscribe" link lands (no account). Opening it changes nothing (mail
 * scanners open links); the one button does, through the same one-click endpoint mail clients use.
 */
export default async function LeadUnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === 'string' ? params.token : '';
  const isDone = params.done === '1';
  const t = await getTranslations('analyzerLeads.unsubscribe');
  const target = token ? await readLeadUnsubscribeToken(token) : null;
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-5 p-6" id="main">
      <p className="flex items-center gap-2 font-bold">
        <BrandMark /> Page Magic
      </p>
      <span className="flex size-14 items-center justify-center rounded-full bg-brand-50 text-brand-700">
        <MailX aria-hidden="true" className="size-7" />
      </span>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {!target ? (
        <Alert variant="warning">{t('invalid')}</Alert>
      ) : isDone ? (
        <Alert variant="success" role="status">
          {t('done')}
        </Alert>
      ) : (
        <form method="post" action={`/api/analyzer/unsubscribe?token=${encodeURIComponent(token)}`} className="space-y-4">
          <p className="text-lg">{t('confirm', { email: target.maskedEmail })}</p>
          <p className="text-muted">{t('explain')}</p>
          <Button type="submit">{t('button')}</Button>
        </form>
      )}
      <Link href="/analyze" className={buttonVariants({ variant: 'link' })}>
        {t('another')}
      </Link>
    </main>
  );
}
