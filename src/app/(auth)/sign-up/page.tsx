import Link from 'next/link';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { getSession } from '@/modules/accounts/server-session';
import { signUpAction } from '@/modules/accounts/auth-actions';
import { PasswordForm } from '@/modules/accounts/ui/auth-forms';
import { pageTitle } from '@/lib/i18n/page-title';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import { OAuthButtons } from '@/modules/accounts/ui/oauth-buttons';
import { Button } from '@/lib/ui/button';

export const generateMetadata = pageTitle('auth.signUpTitle');

// A link may suggest the address (the analyzer's "Create my free account" after a lead gave it):
// only a plausible address is filled in, anything else is ignored.
const suggestedEmail = z.email().max(254);

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string; email?: string }> }) {
  const { next, email } = await searchParams;
  const initialEmail = suggestedEmail.safeParse(email);
  if (await getSession()) redirect('/dashboard');
  const t = await getTranslations();
  return (
    <>
      <h1 className="text-2xl font-bold">{t('auth.signUpTitle')}</h1>
      <OAuthButtons providers={await getAuthAdapter().oauthProviders()} next={next} />
      <PasswordForm mode="sign-up" action={signUpAction} next={next} initialEmail={initialEmail.success ? initialEmail.data : undefined} />
      <p className="text-center text-sm">
        {t('auth.haveAccount')}{' '}
        <Button asChild variant="link" className="font-semibold">
          <Link href="/sign-in">{t('nav.signIn')}</Link>
        </Button>
      </p>
    </>
  );
}
