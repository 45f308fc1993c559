import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import { createTranslator } from 'next-intl';
import { emailIntl } from '@/lib/email/email-intl';
import { renderEmail, type RenderedEmail } from '@/lib/email/render-email';
import type { Locale } from '@/lib/i18n/translate';
import { messageValues, type NotificationParams } from '../describe-notification';

// Inline styles, as in src/lib/email/templates/email-layout.tsx (mail clients ignore stylesheets).
const FONT = "-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const text = { color: '#14121f', fontSize: 16, lineHeight: '24px', margin: '0 0 12px' };
const small = { color: '#5d5a6b', fontSize: 13, lineHeight: '20px', margin: '0 0 8px' };
const link = { color: '#4c26d9' };

/** The daily digest of new leads, for people who chose it over one mail per lead. */
export async function leadDigestEmail(input: {
  locale: Locale;
  leads: NotificationParams[];
  url: string;
  unsubscribeUrl: string;
  settingsUrl: string;
}): Promise<RenderedEmail> {
  const t = createTranslator({ ...emailIntl(input.locale), namespace: 'notifications' });
  const e = createTranslator({ ...emailIntl(input.locale), namespace: 'emails' });
  const count = input.leads.length;
  const subject = e('notifications.digestSubject', { count });
  const kindName = t('preferences.kind', { kind: 'leadCreated' });
  return renderEmail(
    subject,
    <Html lang={input.locale}>
      <Head />
      <Preview>{subject}</Preview>
      <Body style={{ backgroundColor: '#f3f1ff', fontFamily: FONT, margin: 0, padding: '24px 0' }}>
        <Container style={{ backgroundColor: '#ffffff', borderRadius: 16, margin: '0 auto', maxWidth: 520, padding: 32 }}>
          <Text style={{ color: '#5b34f5', fontSize: 14, fontWeight: 700, margin: '0 0 16px' }}>Page Magic</Text>
          <Heading as="h1" style={{ color: '#14121f', fontSize: 22, fontWeight: 700, margin: '0 0 12px' }}>
            {e('notifications.digestHeading')}
          </Heading>
          <Text style={text}>{e('notifications.digestIntro', { count })}</Text>
          {input.leads.map((params, index) => {
            const values = messageValues('lead.created', params);
            return (
              <Section key={index} style={{ borderLeft: '3px solid #5b34f5', margin: '0 0 12px', paddingLeft: 12 }}>
                <Text style={{ ...text, fontWeight: 600, margin: 0 }}>{t('message.title', values)}</Text>
                <Text style={{ ...text, margin: 0 }}>{t('message.body', values)}</Text>
              </Section>
            );
          })}
          <Section style={{ margin: '16px 0 24px' }}>
            <Button
              href={input.url}
              style={{
                backgroundColor: '#5b34f5',
                borderRadius: 12,
                color: '#ffffff',
                fontSize: 16,
                fontWeight: 600,
                padding: '12px 20px',
              }}
            >
              {e('notifications.digestCta')}
            </Button>
          </Section>
          <Hr style={{ borderColor: '#e5e7eb', margin: '24px 0' }} />
          <Text style={small}>{e('footer')}</Text>
          <Text style={small}>
            {e('notifications.why', { kind: kindName })}{' '}
            <Link href={input.unsubscribeUrl} style={link}>
              {e('notifications.unsubscribe')}
            </Link>
            {' · '}
            <Link href={input.settingsUrl} style={link}>
              {e('notifications.manage')}
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>,
  );
}
