import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getTwoFactorState, requireSession } from '@/modules/accounts/server-session';
import { TwoFactorChallengeForm } from '@/modules/accounts/ui/two-factor-forms';
import { safeNext } from '@/lib/auth/safe-next';
import { pageTitle } from '@/lib/i18n/page-title';
import { signOutAction } from '@/modules/accounts/auth-actions';
import { Button } from '@/lib/ui/button';

export const generateMetadata = pageTitle('account.twoFactor.challengeTitle');

// The step after the password (or an emailed link) for people who turned two-factor on.
export default async function TwoFactorChallengePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  await requireSession({ allowOneFactor: true });
  const state = await getTwoFactorState();
  if (!state?.enrolled || state.aal === 'aal2') redirect(safeNext(next));
  const [t, tNav] = await Promise.all([getTranslations('account.twoFactor'), getTranslations('nav')]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('challengeTitle')}</h1>
      <p className="text-sm text-slate-600">{t('challengeHint')}</p>
      <TwoFactorChallengeForm next={safeNext(next)} />
      {/* Signed in with the wrong account, or no phone at hand: leave and start over. */}
      <form action={signOutAction} className="text-center">
        <Button type="submit" variant="link">
          {tNav('signOut')}
        </Button>
      </form>
    </>
  );
}
