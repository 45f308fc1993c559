import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import { requestCookieJar } from '@/modules/accounts/server-session';
import { safeNext } from '@/lib/auth/safe-next';
import { isAppError } from '@/lib/errors';
import { reportError } from '@/lib/observability';

const query = z.object({ code: z.string().min(1).max(512), next: z.string().max(2000).optional() });

/** Google / GitHub sign-in comes back here (Supabase Auth, PKCE): exchange the code, go on. */
export async function GET(request: NextRequest) {
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  const failUrl = new URL('/sign-in?error=oauth', request.url);
  if (!parsed.success) return NextResponse.redirect(failUrl);
  try {
    await getAuthAdapter().completeOAuth(await requestCookieJar(), { code: parsed.data.code });
  } catch (err) {
    if (!isAppError(err)) reportError(err);
    return NextResponse.redirect(failUrl);
  }
  return NextResponse.redirect(new URL(safeNext(parsed.data.next), request.url));
}
