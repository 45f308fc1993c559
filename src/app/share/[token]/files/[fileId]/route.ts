import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { renderSharedFile } from '@/modules/editor/render-shared-file';

export const dynamic = 'force-dynamic';

const fileIdSchema = z.uuid();

// A photo of a shared preview: the link's token is the only key (render-shared-file.ts decides).
export async function GET(request: NextRequest, { params }: { params: Promise<{ token: string; fileId: string }> }) {
  const { token, fileId } = await params;
  const isHttps = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  // A malformed id gets the same neutral 404 as a file the link does not show.
  const answer = await renderSharedFile(token, fileIdSchema.safeParse(fileId).success ? fileId : '', isHttps);
  return new NextResponse(answer.body as BodyInit, { status: answer.status, headers: answer.headers });
}
