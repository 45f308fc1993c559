import { NextResponse, type NextRequest } from 'next/server';
import { renderSharedPreview } from '@/modules/editor/render-shared-preview';

export const dynamic = 'force-dynamic';

// A share-a-preview link: anyone holding it sees the project's current draft, no account needed.
// The proxy leaves this path's headers alone (the sites' strict CSP, noindex), like a site host's.
export async function GET(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const isHttps = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const answer = await renderSharedPreview(token, 'page', isHttps);
  return new NextResponse(answer.body as BodyInit, { status: answer.status, headers: answer.headers });
}
