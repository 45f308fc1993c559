import { NextResponse, type NextRequest } from 'next/server';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import { requestCookieJar } from '@/modules/accounts/server-session';
import { safeNext } from '@/lib/auth/safe-next';

/** The proxy sends page loads with an expired access token here to rotate the refresh token. */
export async function GET(request: NextRequest) {
  const next = safeNext(request.nextUrl.searchParams.get('next'));
  const ok = await getAuthAdapter().refreshSession(await requestCookieJar());
  return NextResponse.redirect(new URL(ok ? next : `/sign-in?next=${encodeURIComponent(next)}`, request.url));
}
