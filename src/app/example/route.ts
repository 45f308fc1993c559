import { NextResponse, type NextRequest } from 'next/server';
import { localeOfRequest } from '@/lib/i18n/locale-cookie';
import { renderExampleSite } from '@/modules/editor/render-example-site';

export const dynamic = 'force-dynamic';

// The landing page's example site (issue 34 #8), in the reader's language. The proxy leaves this
// path's headers alone: it is served like a published site (strict CSP, no app script).
export async function GET(request: NextRequest) {
  const isHttps = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const answer = renderExampleSite('page', localeOfRequest(request), isHttps);
  return new NextResponse(answer.body as BodyInit, { status: answer.status, headers: answer.headers });
}
