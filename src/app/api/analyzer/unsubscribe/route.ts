import { NextResponse } from 'next/server';
import { getEnv } from '@/lib/env';
import { jsonError } from '@/lib/http/ndjson';
import { getLocale } from '@/lib/i18n/server-locale';
import { unsafeUnsubscribeLead } from '@/modules/analyzer/unsubscribe-lead';

export const dynamic = 'force-dynamic';

/**
 * One-click unsubscribe from the analyzer's lead mails (RFC 8058). Mail clients POST
 * `List-Unsubscribe=One-Click` here with no cookies; the signed token in the URL is the only
 * authority, and it stops the mails to one address. The unsubscribe page's button posts here too
 * and is sent back to the page. GET changes nothing (link scanners fetch links in mail).
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const form = await request.formData().catch(() => null);
  const isOneClick = form?.get('List-Unsubscribe') === 'One-Click';
  const page = new URL('/analyze/unsubscribe', getEnv().APP_URL);
  page.searchParams.set('token', token);
  try {
    await unsafeUnsubscribeLead(token);
    if (isOneClick) return Response.json({ ok: true });
    page.searchParams.set('done', '1');
    return NextResponse.redirect(page, 303);
  } catch (err) {
    // A forged or damaged token changes nothing.
    return jsonError(err, await getLocale());
  }
}

export async function GET(request: Request) {
  const page = new URL('/analyze/unsubscribe', getEnv().APP_URL);
  page.searchParams.set('token', new URL(request.url).searchParams.get('token') ?? '');
  return NextResponse.redirect(page, 303);
}
