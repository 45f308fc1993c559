import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/modules/accounts/server-session';
import { getInvitationPreview } from '@/modules/projects/get-invitation-preview';
import { AcceptInvitationForm } from '@/modules/projects/ui/accept-invitation-form';
import { pageTitle } from '@/lib/i18n/page-title';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';

export const generateMetadata = pageTitle('team.accept.title');

// The link from an invitation email. Signing in comes first (and brings the person back here);
// then they see what they are joining and say yes — nobody joins a project by opening a link.
export default async function AcceptInvitationPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const session = await requireSession();
  const { token } = await searchParams;
  const [t, preview] = await Promise.all([
    getTranslations('team.accept'),
    typeof token === 'string' ? getInvitationPreview(session.claims, { token }) : null,
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {!preview || typeof token !== 'string' ? (
        <Alert variant="warning">{t('invalid')}</Alert>
      ) : !preview.isForYou ? (
        <Alert variant="warning">{t('otherEmail', { email: preview.email, you: session.email ?? '' })}</Alert>
      ) : (
        <>
          <p>
            {preview.inviterEmail
              ? t('body', { inviter: preview.inviterEmail, role: preview.role, project: preview.projectName })
              : t('bodyNoInviter', { role: preview.role, project: preview.projectName })}
          </p>
          <AcceptInvitationForm token={token} />
        </>
      )}
      <p className="text-center text-sm">
        <Button asChild variant="link">
          <Link href="/dashboard">{t('back')}</Link>
        </Button>
      </p>
    </>
  );
}
