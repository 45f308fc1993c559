import { NextResponse, type NextRequest } from 'next/server';
import { localeOfRequest } from '@/lib/i18n/locale-cookie';
import { renderExampleSite } from '@/modules/editor/render-example-site';

export const dynamic = 'force-dynamic';

// The example site's stylesheet: its own file, because the sites' CSP allows no inline style.
export async function GET(request: NextRequest) {
  const isHttps = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const answer = renderExampleSite('css', localeOfRequest(request), isHttps);
  return new NextResponse(answer.body as BodyInit, { status: answer.status, headers: answer.headers });
}
