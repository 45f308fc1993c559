import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { VerifiedClaims } from '@/lib/claims';
import { Alert } from '@/lib/ui/alert';
import { getBillingProfile } from '../get-billing-profile';

/**
 * On every dashboard page while the subscription is past due or unpaid: publishing is paused (the
 * database refuses it), live sites keep serving, and the link leads to fixing the card.
 */
export async function PastDueBanner({ claims }: { claims: VerifiedClaims }) {
  const profile = await getBillingProfile(claims).catch(() => null);
  if (!profile || (profile.subscriptionStatus !== 'past_due' && profile.subscriptionStatus !== 'unpaid')) return null;
  const t = await getTranslations('billing');
  return (
    <Alert variant="warning" role="status" className="rounded-none border-x-0 border-t-0 px-4" data-testid="past-due-banner">
      <p className="min-w-0">
        <strong className="font-semibold">{t('pastDueTitle')}.</strong> {t('pastDue')}{' '}
        <Link href="/dashboard/billing" className="font-semibold underline">
          {t('fixPayment')}
        </Link>
      </p>
    </Alert>
  );
}
