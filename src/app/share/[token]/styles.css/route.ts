import { NextResponse, type NextRequest } from 'next/server';
import { renderSharedPreview } from '@/modules/editor/render-shared-preview';

export const dynamic = 'force-dynamic';

// The shared page's stylesheet: its own file, because the sites' CSP allows no inline style.
export async function GET(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const isHttps = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const answer = await renderSharedPreview(token, 'css', isHttps);
  return new NextResponse(answer.body as BodyInit, { status: answer.status, headers: answer.headers });
}
