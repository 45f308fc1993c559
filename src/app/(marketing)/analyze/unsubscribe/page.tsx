import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { UnsubscribePage } from '@/lib/ui/unsubscribe-page';
import { readLeadUnsubscribeToken } from '@/modules/analyzer/unsubscribe-lead';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('analyzerLeads.unsubscribe');
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** Where an analyzer mail's "Unsubscribe" link lands (no account): it stops the mails to one address. */
export default async function LeadUnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === 'string' ? params.token : '';
  const t = await getTranslations('analyzerLeads.unsubscribe');
  const target = token ? await readLeadUnsubscribeToken(token) : null;
  return (
    <UnsubscribePage
      title={t('title')}
      state={!target ? 'invalid' : params.done === '1' ? 'done' : 'confirm'}
      texts={{
        invalid: t('invalid'),
        done: t('done'),
        confirm: target ? t('confirm', { email: target.maskedEmail }) : '',
        explain: t('explain'),
        button: t('button'),
      }}
      action={`/api/analyzer/unsubscribe?token=${encodeURIComponent(token)}`}
      link={{ href: '/analyze', label: t('another') }}
    />
  );
}
