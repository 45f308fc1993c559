import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { eq } from 'drizzle-orm';
import { withRls } from '@/lib/db/with-rls';
import { userProfiles } from './schema';
import type { CookieJar } from '@/lib/auth/cookie-jar';
import { resolveSession, type Session } from './resolve-session';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';

/** Adapts Next's cookie store to the CookieJar the auth adapters use. */
export async function requestCookieJar(): Promise<CookieJar> {
  const store = await cookies();
  return {
    get: (name) => store.get(name)?.value,
    getAll: () => store.getAll().map(({ name, value }) => ({ name, value })),
    set: (name, value, options) => {
      store.set(name, value, options);
    },
    delete: (name) => {
      store.delete(name);
    },
  };
}

/** The current session, once per request. */
export const getSession = cache(async (): Promise<Session | null> => resolveSession(await requestCookieJar()));

export async function requireSession(): Promise<Session> {
  const session = await getSession();
  if (!session) {
    const h = await headers();
    const next = h.get('x-pm-pathname') ?? '/dashboard';
    redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  }
  return session;
}

/** The signed-in user's own claims, ignoring any impersonation (used by the admin area). */
export const getRealClaims = cache(async () => getAuthAdapter().getClaims(await requestCookieJar()));

export const getViewerProfile = cache(async (session: Session) =>
  withRls(session.claims, async (tx) => {
    const [profile] = await tx.select().from(userProfiles).where(eq(userProfiles.id, session.userId));
    return profile ?? null;
  }),
);

/**
 * Admin pages answer 404 (not 403) to everyone else so their existence is not
 * revealed. RLS independently limits what an admin query returns to admins.
 * Cached per request: the admin layout and its page both call it.
 */
export const requireAdmin = cache(async () => {
  const admin = await getAdmin();
  if (!admin) notFound();
  return admin;
});

/** The signed-in active admin (their own claims, never an impersonated client's), or null. */
export const getAdmin = cache(async () => {
  const claims = await getRealClaims();
  if (!claims) return null;
  const profile = await withRls(claims, async (tx) => {
    const [p] = await tx.select().from(userProfiles).where(eq(userProfiles.id, claims.sub));
    return p;
  });
  if (!profile || profile.userType !== 'admin' || profile.accountStatus !== 'active') return null;
  return { claims, profile };
});
