import { getT } from '@/lib/i18n/server-locale';
import { requireSession } from '@/lib/auth/server-session';
import { resetPasswordAction } from '@/modules/accounts/auth-actions';
import { NewPasswordForm } from '@/modules/accounts/ui/auth-forms';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('auth.resetTitle');

// Reached through the emailed reset link, which signs the person in first.
export default async function ResetPasswordPage() {
  await requireSession();
  const t = await getT();
  return (
    <>
      <h1 className="text-2xl font-bold">{t('auth.resetTitle')}</h1>
      <NewPasswordForm
        action={resetPasswordAction}
        labels={{ password: t('auth.password'), passwordHint: t('auth.passwordHint'), working: t('auth.working'), submit: t('auth.resetCta') }}
      />
    </>
  );
}
