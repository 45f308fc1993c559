import type { Locale } from '@/lib/i18n/translate';
import { createTranslator } from 'next-intl';
import { emailIntl } from '../email-intl';
import { renderEmail, type RenderedEmail } from '../render-email';
import { ActionEmail } from './email-layout';

/**
 * "You're invited to a project": sent to someone a project owner invited, who may not have an
 * account yet (so the footer says why they got it, not "your account"). Names and addresses are
 * people's own text: React escapes them in the HTML.
 */
export async function invitationEmail(input: {
  locale: Locale;
  inviter: string;
  invitee: string;
  projectName: string;
  role: 'editor' | 'viewer';
  url: string;
  days: number;
}): Promise<RenderedEmail> {
  const t = createTranslator({ ...emailIntl(input.locale), namespace: 'emails' });
  const { inviter, invitee, projectName, role, days } = input;
  return renderEmail(
    t('invitation.subject', { projectName }),
    <ActionEmail
      lang={input.locale}
      preview={t('invitation.preview', { inviter, projectName })}
      heading={t('invitation.heading', { projectName })}
      intro={t('invitation.intro', { inviter, projectName, role, invitee, days })}
      cta={t('invitation.cta')}
      url={input.url}
      linkFallback={t('linkFallback')}
      footer={t('invitation.footer', { inviter })}
    />,
  );
}
