import Link from 'next/link';
import { getT } from '@/lib/i18n/server-locale';
import { forgotPasswordAction } from '@/modules/accounts/auth-actions';
import { EmailOnlyForm } from '@/modules/accounts/ui/auth-forms';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('auth.forgotTitle');

export default async function ForgotPasswordPage() {
  const t = await getT();
  return (
    <>
      <h1 className="text-2xl font-bold">{t('auth.forgotTitle')}</h1>
      <EmailOnlyForm
        action={forgotPasswordAction}
        labels={{ email: t('auth.email'), working: t('auth.working'), submit: t('auth.forgotCta'), sent: t('auth.forgotSent') }}
      />
      <p className="text-center text-sm"><Link className="text-brand-700 underline" href="/sign-in">{t('nav.signIn')}</Link></p>
    </>
  );
}
