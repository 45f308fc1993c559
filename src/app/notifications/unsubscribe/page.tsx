import { getTranslations } from 'next-intl/server';
import { readUnsubscribeToken } from '@/modules/notifications/unsubscribe-by-token';
import { KIND_SELECTOR } from '@/modules/notifications/describe-notification';
import { pageTitle } from '@/lib/i18n/page-title';
import { UnsubscribePage } from '@/lib/ui/unsubscribe-page';

export const dynamic = 'force-dynamic';
export const generateMetadata = pageTitle('notifications.unsubscribe.title');

/** Where a notification mail's "Unsubscribe" link lands, signed in or not: it turns off one kind of mail. */
export default async function NotificationUnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === 'string' ? params.token : '';
  const t = await getTranslations('notifications');
  const target = token ? readUnsubscribeToken(token) : null;
  const kindName = target ? t('preferences.kind', { kind: KIND_SELECTOR[target.kind] }) : '';
  return (
    <UnsubscribePage
      title={t('unsubscribe.title')}
      state={!target ? 'invalid' : params.done === '1' ? 'done' : 'confirm'}
      texts={{
        invalid: t('unsubscribe.invalid'),
        done: t('unsubscribe.done', { kind: kindName }),
        confirm: t('unsubscribe.confirm', { kind: kindName }),
        explain: t('unsubscribe.explain'),
        button: t('unsubscribe.button'),
      }}
      action={`/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`}
      link={{ href: '/dashboard/notifications/settings', label: t('unsubscribe.manage') }}
    />
  );
}
