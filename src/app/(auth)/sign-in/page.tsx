import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getT } from '@/lib/i18n/server-locale';
import { getSession } from '@/lib/auth/server-session';
import { safeNext } from '@/lib/auth/safe-next';
import { magicLinkAction, signInAction } from '@/modules/accounts/auth-actions';
import { EmailOnlyForm, PasswordForm } from '@/modules/accounts/ui/auth-forms';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('nav.signIn');

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  const { next, error } = await searchParams;
  if (await getSession()) redirect(safeNext(next));
  const t = await getT();
  const common = { email: t('auth.email'), password: t('auth.password'), working: t('auth.working') };
  return (
    <>
      <h1 className="text-2xl font-bold">{t('auth.signInTitle')}</h1>
      {error === 'link' ? (
        <p role="alert" className="rounded-xl border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          This link is invalid or has expired. Ask for a new one. / Este link é inválido ou expirou.
        </p>
      ) : null}
      <PasswordForm mode="sign-in" action={signInAction} labels={{ ...common, submit: t('auth.signInCta') }} next={next} />
      <p className="text-right text-sm">
        <Link className="text-brand-700 underline" href="/forgot-password">{t('auth.forgot')}</Link>
      </p>
      <div className="flex items-center gap-3 text-xs uppercase text-muted" aria-hidden="true">
        <span className="h-px flex-1 bg-gray-200" />{t('auth.or')}<span className="h-px flex-1 bg-gray-200" />
      </div>
      <section aria-labelledby="magic-title" className="space-y-3">
        <h2 id="magic-title" className="text-base font-semibold">{t('auth.magicLinkTitle')}</h2>
        <EmailOnlyForm
          action={magicLinkAction}
          next={next}
          labels={{ ...common, submit: t('auth.magicLinkCta'), sent: t('auth.magicLinkSent'), sentLocal: t('auth.magicLinkSentLocal') }}
        />
      </section>
      <p className="text-center text-sm">
        {t('auth.noAccount')}{' '}
        <Link className="font-semibold text-brand-700 underline" href={next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up'}>
          {t('nav.signUp')}
        </Link>
      </p>
    </>
  );
}
