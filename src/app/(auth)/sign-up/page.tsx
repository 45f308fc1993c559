import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getT } from '@/lib/i18n/server-locale';
import { getSession } from '@/lib/auth/server-session';
import { signUpAction } from '@/modules/accounts/auth-actions';
import { PasswordForm } from '@/modules/accounts/ui/auth-forms';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('auth.signUpTitle');

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (await getSession()) redirect('/dashboard');
  const t = await getT();
  return (
    <>
      <h1 className="text-2xl font-bold">{t('auth.signUpTitle')}</h1>
      <PasswordForm
        mode="sign-up"
        action={signUpAction}
        next={next}
        labels={{
          displayName: t('auth.displayName'),
          email: t('auth.email'),
          password: t('auth.password'),
          passwordHint: t('auth.passwordHint'),
          working: t('auth.working'),
          submit: t('auth.signUpCta'),
          checkEmail: t('auth.checkEmail'),
        }}
      />
      <p className="text-center text-sm">
        {t('auth.haveAccount')} <Link className="font-semibold text-brand-700 underline" href="/sign-in">{t('nav.signIn')}</Link>
      </p>
    </>
  );
}
