import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import { requestCookieJar } from '@/modules/accounts/server-session';
import { safeNext } from '@/lib/auth/safe-next';
import { isAppError } from '@/lib/errors';
import { reportError } from '@/lib/observability';

const query = z.object({
  token: z.string().min(10).max(512),
  type: z.enum(['magic_link', 'password_reset', 'email_confirmation']),
  next: z.string().optional(),
});

/** Email links land here: verify the one-time token, start the session, go on. */
export async function GET(request: NextRequest) {
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  const failUrl = new URL('/sign-in?error=link', request.url);
  if (!parsed.success) return NextResponse.redirect(failUrl);
  try {
    await getAuthAdapter().verifyEmailLink(await requestCookieJar(), { token: parsed.data.token, type: parsed.data.type });
  } catch (err) {
    if (!isAppError(err)) reportError(err);
    return NextResponse.redirect(failUrl);
  }
  return NextResponse.redirect(new URL(safeNext(parsed.data.next), request.url));
}
