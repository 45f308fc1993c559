import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getSession } from '@/modules/accounts/server-session';
import { safeNext } from '@/lib/auth/safe-next';
import { magicLinkAction, signInAction } from '@/modules/accounts/auth-actions';
import { EmailOnlyForm, PasswordForm } from '@/modules/accounts/ui/auth-forms';
import { pageTitle } from '@/lib/i18n/page-title';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import { OAuthButtons } from '@/modules/accounts/ui/oauth-buttons';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';

export const generateMetadata = pageTitle('nav.signIn');

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  const { next, error } = await searchParams;
  if (await getSession()) redirect(safeNext(next));
  const t = await getTranslations();
  return (
    <>
      <h1 className="text-2xl font-bold">{t('auth.signInTitle')}</h1>
      {error === 'link' ? <Alert variant="warning">{t('auth.linkInvalid')}</Alert> : null}
      {error === 'oauth' ? <Alert variant="warning">{t('auth.oauthFailed')}</Alert> : null}
      <OAuthButtons providers={await getAuthAdapter().oauthProviders()} next={next} />
      <PasswordForm mode="sign-in" action={signInAction} next={next} magicLinkAction={magicLinkAction} />
      <p className="text-right text-sm">
        <Button asChild variant="link">
          <Link href="/forgot-password">{t('auth.forgot')}</Link>
        </Button>
      </p>
      <div className="flex items-center gap-3 text-xs text-muted uppercase" aria-hidden="true">
        <span className="h-px flex-1 bg-gray-200" />
        {t('auth.or')}
        <span className="h-px flex-1 bg-gray-200" />
      </div>
      <section aria-labelledby="magic-title" className="space-y-3">
        <h2 id="magic-title" className="text-base font-semibold">
          {t('auth.magicLinkTitle')}
        </h2>
        <EmailOnlyForm purpose="magic-link" action={magicLinkAction} next={next} />
      </section>
      <p className="text-center text-sm">
        {t('auth.noAccount')}{' '}
        <Button asChild variant="link" className="font-semibold">
          <Link href={next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up'}>{t('nav.signUp')}</Link>
        </Button>
      </p>
    </>
  );
}
