import { getTranslations } from 'next-intl/server';
import { Download, KeyRound, ShieldCheck } from 'lucide-react';
import Link from 'next/link';
import { getTwoFactorState, getViewerProfile, requireSession } from '@/modules/accounts/server-session';
import { needsPasswordToDelete } from '@/modules/privacy/get-deletion-requirements';
import { DeleteAccountForm } from '@/modules/privacy/ui/delete-account-form';
import { ChangePasswordForm } from '@/modules/accounts/ui/change-password-form';
import { DisplayNameForm } from '@/modules/accounts/ui/display-name-form';
import { pageTitle } from '@/lib/i18n/page-title';
import { Alert } from '@/lib/ui/alert';
import { buttonVariants } from '@/lib/ui/button';
import { cn } from '@/lib/ui/cn';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/lib/ui/card';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.account');

export default async function AccountPage() {
  const session = await requireSession();
  const [t, tKeys, needsPassword, twoFactor, profile] = await Promise.all([
    getTranslations('account'),
    getTranslations('apiKeys.accountCard'),
    needsPasswordToDelete(session.claims),
    getTwoFactorState(),
    getViewerProfile(session),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={session.email} />
      {/* An admin acting as a client does not rename them (setDisplayName refuses it too). */}
      {session.impersonation ? null : (
        <Card>
          <CardHeader>
            <CardTitle>{t('name.title')}</CardTitle>
            <CardDescription>{t('name.description')}</CardDescription>
          </CardHeader>
          <CardContent>
            <DisplayNameForm initialName={profile?.displayName ?? null} />
          </CardContent>
        </Card>
      )}
      <Card>
        <CardHeader>
          <CardTitle>{t('data.title')}</CardTitle>
          <CardDescription>{t('data.description')}</CardDescription>
        </CardHeader>
        <CardContent>
          {/* A plain link: the route answers with an attachment, so the browser downloads it. */}
          <a href="/api/account/export" download className={buttonVariants({ variant: 'secondary' })}>
            <Download aria-hidden="true" />
            {t('data.download')}
          </a>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{tKeys('title')}</CardTitle>
          <CardDescription>{tKeys('description')}</CardDescription>
        </CardHeader>
        <CardContent>
          <Link href="/dashboard/account/api-keys" className={buttonVariants({ variant: 'secondary' })}>
            <KeyRound aria-hidden="true" />
            {tKeys('link')}
          </Link>
        </CardContent>
      </Card>
      {session.impersonation ? null : (
        <Card>
          <CardHeader>
            <CardTitle>{t('password.title')}</CardTitle>
            <CardDescription>{t('password.description')}</CardDescription>
          </CardHeader>
          <CardContent>
            {/* needsPasswordToDelete is true exactly when the account has a password. */}
            {needsPassword ? <ChangePasswordForm /> : <p className="text-sm text-slate-600">{t('password.noPassword')}</p>}
          </CardContent>
        </Card>
      )}
      <Card>
        <CardHeader>
          <CardTitle>{t('twoFactor.title')}</CardTitle>
          <CardDescription>{t('twoFactor.description')}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-wrap items-center gap-3">
          <span className="text-sm font-medium" data-testid="two-factor-status">
            {twoFactor?.enrolled ? t('twoFactor.on') : t('twoFactor.off')}
          </span>
          {/* The label may be longer than a 360 px phone is wide (pt-BR): it wraps instead of overflowing. */}
          <Link
            href="/dashboard/account/two-factor"
            className={cn(buttonVariants({ variant: 'secondary' }), 'max-w-full whitespace-normal')}
          >
            <ShieldCheck aria-hidden="true" />
            {t('twoFactor.manage')}
          </Link>
        </CardContent>
      </Card>
      <Card className="border-red-200">
        <CardHeader>
          <CardTitle>{t('delete.title')}</CardTitle>
          <CardDescription>{t('delete.description')}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          {session.impersonation ? (
            <Alert variant="warning">{t('delete.impersonating')}</Alert>
          ) : (
            <DeleteAccountForm email={session.email ?? ''} needsPassword={needsPassword} />
          )}
        </CardContent>
      </Card>
    </div>
  );
}
