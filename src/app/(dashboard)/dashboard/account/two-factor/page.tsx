import { getTranslations } from 'next-intl/server';
import { getAdmin, getTwoFactorState, requireSession } from '@/modules/accounts/server-session';
import { TwoFactorOnBadge, TwoFactorPanel } from '@/modules/accounts/ui/two-factor-forms';
import { pageTitle } from '@/lib/i18n/page-title';
import { Alert } from '@/lib/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/lib/ui/card';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('account.twoFactor.title');

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ required?: string }> }) {
  const { required } = await searchParams;
  const session = await requireSession();
  const [t, state, admin] = await Promise.all([getTranslations('account.twoFactor'), getTwoFactorState(), getAdmin()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      {required && !state?.enrolled ? <Alert variant="warning">{t('required')}</Alert> : null}
      <Card>
        <CardHeader>
          <CardTitle>{state?.enrolled ? t('on') : t('off')}</CardTitle>
          {state?.enrolled ? (
            <CardDescription>
              <TwoFactorOnBadge />
            </CardDescription>
          ) : null}
        </CardHeader>
        <CardContent>
          {session.impersonation ? null : <TwoFactorPanel enrolled={Boolean(state?.enrolled)} canDisable={!admin} />}
        </CardContent>
      </Card>
    </div>
  );
}
