import { NextResponse } from 'next/server';
import { getEnv } from '@/lib/env';
import { jsonError } from '@/lib/http/ndjson';
import { getLocale } from '@/lib/i18n/server-locale';
import { unsafeUnsubscribeByToken } from '@/modules/notifications/unsubscribe-by-token';

export const dynamic = 'force-dynamic';

/**
 * One-click unsubscribe (RFC 8058). Mail clients POST `List-Unsubscribe=One-Click` here with no
 * cookies; the signed token in the URL is the only authority, and it turns off one kind of mail
 * for one person. The unsubscribe page's button posts a form here too and is sent back to the page
 * to read the result. GET changes nothing (link scanners fetch links in mail): it shows the page.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const token = url.searchParams.get('token') ?? '';
  const form = await request.formData().catch(() => null);
  const isOneClick = form?.get('List-Unsubscribe') === 'One-Click';
  const page = new URL('/notifications/unsubscribe', getEnv().APP_URL);
  page.searchParams.set('token', token);
  try {
    await unsafeUnsubscribeByToken(token);
    if (isOneClick) return Response.json({ ok: true });
    page.searchParams.set('done', '1');
    return NextResponse.redirect(page, 303);
  } catch (err) {
    // A bad token (the page only offers the button for a good one) is refused, changing nothing.
    return jsonError(err, await getLocale());
  }
}

export async function GET(request: Request) {
  const page = new URL('/notifications/unsubscribe', getEnv().APP_URL);
  page.searchParams.set('token', new URL(request.url).searchParams.get('token') ?? '');
  return NextResponse.redirect(page, 303);
}
