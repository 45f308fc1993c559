import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/modules/accounts/server-session';
import { resetPasswordAction } from '@/modules/accounts/auth-actions';
import { NewPasswordForm } from '@/modules/accounts/ui/auth-forms';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('auth.resetTitle');

// Reached through the emailed reset link, which signs the person in first.
export default async function ResetPasswordPage() {
  await requireSession();
  const t = await getTranslations('auth');
  return (
    <>
      <h1 className="text-2xl font-bold">{t('resetTitle')}</h1>
      <NewPasswordForm action={resetPasswordAction} />
    </>
  );
}
