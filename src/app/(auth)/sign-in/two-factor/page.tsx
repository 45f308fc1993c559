import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getTwoFactorState, requireSession } from '@/modules/accounts/server-session';
import { TwoFactorChallengeForm } from '@/modules/accounts/ui/two-factor-forms';
import { safeNext } from '@/lib/auth/safe-next';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('account.twoFactor.challengeTitle');

// The step after the password (or an emailed link) for people who turned two-factor on.
export default async function TwoFactorChallengePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  await requireSession({ allowOneFactor: true });
  const state = await getTwoFactorState();
  if (!state?.enrolled || state.aal === 'aal2') redirect(safeNext(next));
  const t = await getTranslations('account.twoFactor');
  return (
    <>
      <h1 className="text-2xl font-bold">{t('challengeTitle')}</h1>
      <p className="text-sm text-slate-600">{t('challengeHint')}</p>
      <TwoFactorChallengeForm next={safeNext(next)} />
    </>
  );
}
