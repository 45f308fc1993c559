import type { ReactElement } from 'react';
import { render } from '@react-email/render';

export type RenderedEmail = { subject: string; html: string; text: string };

/**
 * A react-email element → the HTML and plain-text bodies every mail carries, whichever the
 * delivery (Resend or the local outbox). The text version is derived from the same markup, so
 * the two never disagree.
 */
export async function renderEmail(subject: string, element: ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}
