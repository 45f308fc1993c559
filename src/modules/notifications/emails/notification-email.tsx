import { createTranslator } from 'next-intl';
import { emailIntl } from '@/lib/email/email-intl';
import { renderEmail, type RenderedEmail } from '@/lib/email/render-email';
import { ActionEmail, type ActionEmailProps } from '@/lib/email/templates/email-layout';
import type { Locale } from '@/lib/i18n/translate';
import { messageValues, type NotificationParams } from '../describe-notification';

/**
 * One notification as a mail: the same title and body as the inbox (catalog
 * `notifications.message`), a button to what it is about, and the footer that says why it came
 * with a one-click unsubscribe from this kind of mail. Texts from people (a lead's name and
 * message, a project name) are escaped by React.
 */
export async function notificationEmail(input: {
  locale: Locale;
  kind: string;
  params: NotificationParams;
  url: string;
  unsubscribe: ActionEmailProps['unsubscribe'];
}): Promise<RenderedEmail> {
  const t = createTranslator({ ...emailIntl(input.locale), namespace: 'notifications' });
  const e = createTranslator({ ...emailIntl(input.locale), namespace: 'emails' });
  const values = messageValues(input.kind, input.params);
  const title = t('message.title', values);
  return renderEmail(
    title,
    <ActionEmail
      lang={input.locale}
      preview={t('message.body', values)}
      heading={title}
      intro={t('message.body', values)}
      cta={t('message.cta', values)}
      url={input.url}
      linkFallback={e('linkFallback')}
      footer={e('footer')}
      unsubscribe={input.unsubscribe}
    />,
  );
}
