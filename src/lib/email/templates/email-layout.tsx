import * as React from 'react';
import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';

// Email clients ignore stylesheets and classes: every style is inline. Colours match the app's
// brand (globals.css); the system font stack needs no web font.
const FONT = "-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
/** The shared inline styles, also used by other mail layouts (e.g. the analyzer's lead mails). */
export const emailStyles = {
  body: { backgroundColor: '#f3f1ff', fontFamily: FONT, margin: 0, padding: '24px 0' },
  container: { backgroundColor: '#ffffff', borderRadius: 16, margin: '0 auto', maxWidth: 520, padding: 32 },
  brand: { color: '#5b34f5', fontSize: 14, fontWeight: 700, margin: '0 0 16px' },
  heading: { color: '#14121f', fontSize: 22, fontWeight: 700, margin: '0 0 12px' },
  text: { color: '#14121f', fontSize: 16, lineHeight: '24px', margin: '0 0 16px' },
  button: {
    backgroundColor: '#5b34f5',
    borderRadius: 12,
    color: '#ffffff',
    display: 'inline-block',
    fontSize: 16,
    fontWeight: 600,
    padding: '12px 20px',
    textDecoration: 'none',
  },
  small: { color: '#5d5a6b', fontSize: 13, lineHeight: '20px', margin: '0 0 8px' },
  link: { color: '#4c26d9', wordBreak: 'break-all' as const },
  hr: { borderColor: '#e5e7eb', margin: '24px 0' },
};
const styles = emailStyles;

export type ActionEmailProps = {
  lang: string;
  preview: string;
  heading: string;
  intro: string;
  cta: string;
  url: string;
  linkFallback: string;
  footer: string;
  /** Notification mails: why this mail came, and a one-click way to stop this kind of mail. */
  unsubscribe?: { why: string; label: string; url: string; manageLabel: string; manageUrl: string };
};

/**
 * Every Page Magic email: one heading, one paragraph, one button, the address spelled out for
 * clients that strip buttons. All text arrives translated; React escapes it.
 */
export function ActionEmail({ lang, preview, heading, intro, cta, url, linkFallback, footer, unsubscribe }: ActionEmailProps) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Page Magic</Text>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          <Text style={styles.text}>{intro}</Text>
          <Section style={{ margin: '8px 0 24px' }}>
            <Button href={url} style={styles.button}>
              {cta}
            </Button>
          </Section>
          <Text style={styles.small}>{linkFallback}</Text>
          <Text style={styles.small}>
            <Link href={url} style={styles.link}>
              {url}
            </Link>
          </Text>
          <Hr style={styles.hr} />
          <Text style={styles.small}>{footer}</Text>
          {unsubscribe ? (
            <Text style={styles.small}>
              {unsubscribe.why}{' '}
              <Link href={unsubscribe.url} style={styles.link}>
                {unsubscribe.label}
              </Link>
              {' · '}
              <Link href={unsubscribe.manageUrl} style={styles.link}>
                {unsubscribe.manageLabel}
              </Link>
            </Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}
