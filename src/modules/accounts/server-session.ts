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

async function currentPath(): Promise<string> {
  return (await headers()).get('x-pm-pathname') ?? '/dashboard';
}

/**
 * The signed-in session, or a redirect to sign in. A person who turned two-factor on is sent to
 * give their code first while the session has only passed the password (or link): aal1.
 * `allowOneFactor` is for the page that asks for that code.
 */
export async function requireSession(options: { allowOneFactor?: boolean } = {}): Promise<Session> {
  const session = await getSession();
  if (!session) redirect(`/sign-in?next=${encodeURIComponent(await currentPath())}`);
  if (!options.allowOneFactor && session.claims.aal !== 'aal2' && (await getTwoFactorState())?.enrolled) {
    redirect(`/sign-in/two-factor?next=${encodeURIComponent(await currentPath())}`);
  }
  return session;
}

/** Whether the signed-in person has a second factor, and whether this session passed it. */
export const getTwoFactorState = cache(async () => getAuthAdapter().twoFactorState(await requestCookieJar()));

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
  // Admins can act as any client: the admin area needs a session that passed a second factor
  // (the database agrees: private.is_admin() is true only at aal2). One without it is sent to
  // give the code, or — when none is set up yet — to set it up.
  if (admin.claims.aal !== 'aal2') {
    const next = encodeURIComponent(await currentPath());
    if ((await getTwoFactorState())?.enrolled) redirect(`/sign-in/two-factor?next=${next}`);
    redirect(`/dashboard/account/two-factor?required=1&next=${next}`);
  }
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
