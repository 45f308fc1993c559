import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { forgotPasswordAction } from '@/modules/accounts/auth-actions';
import { EmailOnlyForm } from '@/modules/accounts/ui/auth-forms';
import { pageTitle } from '@/lib/i18n/page-title';
import { Button } from '@/lib/ui/button';

export const generateMetadata = pageTitle('auth.forgotTitle');

export default async function ForgotPasswordPage() {
  const t = await getTranslations();
  return (
    <>
      <h1 className="text-2xl font-bold">{t('auth.forgotTitle')}</h1>
      <EmailOnlyForm purpose="forgot-password" action={forgotPasswordAction} />
      <p className="text-center text-sm">
        <Button asChild variant="link">
          <Link href="/sign-in">{t('nav.signIn')}</Link>
        </Button>
      </p>
    </>
  );
}
