import { NextResponse } from 'next/server';
import { getEnv } from '@/lib/env';
import { jsonError } from '@/lib/http/ndjson';
import { getLocale } from '@/lib/i18n/server-locale';

/**
 * The route handlers of a one-click unsubscribe (RFC 8058), shared by every kind of mail that
 * offers one. Mail clients POST `List-Unsubscribe=One-Click` to the handler with no cookies; the
 * signed token in the URL is the only authority, checked by `unsubscribe`. The unsubscribe page's
 * own button posts a form here too and is sent back to the page (`pagePath`) to read the result.
 * GET changes nothing (link scanners fetch links in mail): it shows the page.
 */
export function oneClickUnsubscribeRoute(pagePath: string, unsubscribe: (token: string) => Promise<unknown>) {
  const pageFor = (token: string) => {
    const page = new URL(pagePath, getEnv().APP_URL);
    page.searchParams.set('token', token);
    return page;
  };
  return {
    async POST(request: Request) {
      const token = new URL(request.url).searchParams.get('token') ?? '';
      const form = await request.formData().catch(() => null);
      const isOneClick = form?.get('List-Unsubscribe') === 'One-Click';
      try {
        await unsubscribe(token);
        if (isOneClick) return Response.json({ ok: true });
        const page = pageFor(token);
        page.searchParams.set('done', '1');
        return NextResponse.redirect(page, 303);
      } catch (err) {
        // A forged or damaged token changes nothing and is refused with a coded error.
        return jsonError(err, await getLocale());
      }
    },
    async GET(request: Request) {
      return NextResponse.redirect(pageFor(new URL(request.url).searchParams.get('token') ?? ''), 303);
    },
  };
}
