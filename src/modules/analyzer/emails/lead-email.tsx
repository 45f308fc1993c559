import * as React from 'react';
import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import { emailStyles } from '@/lib/email/templates/email-layout';

// Inline styles (mail clients ignore stylesheets): the app's mail styles plus the report's lists.
const styles = {
  ...emailStyles,
  item: { ...emailStyles.text, margin: '0 0 8px' },
  score: { ...emailStyles.text, margin: 0 },
};

export type LeadEmailProps = {
  lang: string;
  preview: string;
  heading: string;
  paragraphs: string[];
  /** The four scores (report mail): label and value, in order. */
  scores?: { label: string; value: string }[];
  /** A line introducing the points, shown after the scores. */
  pointsIntro?: string;
  /** Points in plain words (opportunities, tips). */
  points?: string[];
  cta: { label: string; url: string };
  /** A second, quieter link (e.g. "Build me a faster site" under the report's button). */
  secondary?: { label: string; url: string };
  footer: string;
  /** Why this mail came, and the one-click way to stop them all (none for a one-off mail the reader asked for). */
  unsubscribe?: { why: string; label: string; url: string };
};

/**
 * The mails of a lead of the URL analyzer (the report, the welcome and the nurture sequence): a
 * heading, paragraphs, optional scores and points, one button and the footer with the unsubscribe
 * link. All text arrives translated; React escapes it (the URL analyzed and the visitor's name are
 * other people's text).
 */
export function LeadEmail(props: LeadEmailProps) {
  return (
    <Html lang={props.lang}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Page Magic</Text>
          <Heading as="h1" style={styles.heading}>
            {props.heading}
          </Heading>
          {props.paragraphs.map((paragraph, index) => (
            <Text key={index} style={styles.text}>
              {paragraph}
            </Text>
          ))}
          {props.scores ? (
            <Section style={{ backgroundColor: '#f8f7ff', borderRadius: 12, margin: '0 0 16px', padding: '12px 16px' }}>
              {props.scores.map((score) => (
                <Text key={score.label} style={styles.score}>
                  <strong>{score.value}</strong> · {score.label}
                </Text>
              ))}
            </Section>
          ) : null}
          {props.pointsIntro ? <Text style={styles.text}>{props.pointsIntro}</Text> : null}
          {props.points?.length ? (
            <Section style={{ margin: '0 0 16px' }}>
              {props.points.map((point, index) => (
                <Text key={index} style={{ ...styles.item, borderLeft: '3px solid #5b34f5', paddingLeft: 12 }}>
                  {point}
                </Text>
              ))}
            </Section>
          ) : null}
          <Section style={{ margin: '8px 0 16px' }}>
            <Button href={props.cta.url} style={styles.button}>
              {props.cta.label}
            </Button>
          </Section>
          {props.secondary ? (
            <Text style={styles.text}>
              <Link href={props.secondary.url} style={styles.link}>
                {props.secondary.label}
              </Link>
            </Text>
          ) : null}
          <Hr style={styles.hr} />
          <Text style={styles.small}>{props.footer}</Text>
          {props.unsubscribe ? (
            <Text style={styles.small}>
              {props.unsubscribe.why}{' '}
              <Link href={props.unsubscribe.url} style={styles.link}>
                {props.unsubscribe.label}
              </Link>
            </Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}
