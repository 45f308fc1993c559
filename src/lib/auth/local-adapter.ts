import { and, eq, isNull, gt, sql } from 'drizzle-orm';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { authUsers, localAuthTokens, userProfiles } from '@/modules/accounts/schema';
import { sendEmail } from '@/lib/email/send-email';
import { authEmail } from '@/lib/email/templates';
import { hashPassword, verifyPassword } from './password';
import { hashOpaqueToken, newOpaqueToken, signAccessToken, verifyAccessToken, ACCESS_TOKEN_TTL_SECONDS } from './tokens';
import { getAuthSecret } from './secret';
import { COOKIE, secureCookieOptions, trySet, tryDelete, type CookieJar } from './cookie-jar';
import type { AuthAdapter, EmailLinkType, SignUpInput } from './types';

const REFRESH_TTL_SECONDS = 30 * 24 * 60 * 60;
const LINK_TTL_SECONDS = 15 * 60;

// Every function here manages auth.users and local_auth.tokens, which no
// end-user role can touch, so they use the privileged connection.
const WHY = 'embedded auth manages auth.users and local_auth.tokens, which are not exposed to users';

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function findUserByEmail(email: string) {
  const db = await unsafeSystemDb(WHY);
  const [user] = await db.select().from(authUsers).where(eq(authUsers.email, normalizeEmail(email))).limit(1);
  return user;
}

/** Suspension is checked on every way into a session, not only the password form. */
async function isSuspended(userId: string): Promise<boolean> {
  const db = await unsafeSystemDb(WHY);
  const [profile] = await db.select({ status: userProfiles.accountStatus }).from(userProfiles).where(eq(userProfiles.id, userId));
  return profile?.status === 'suspended';
}

async function issueSession(jar: CookieJar, user: { id: string; email: string | null }): Promise<void> {
  const db = await unsafeSystemDb(WHY);
  const secret = getAuthSecret();
  const refresh = newOpaqueToken();
  await db.insert(localAuthTokens).values({
    tokenHash: refresh.hash,
    userId: user.id,
    kind: 'refresh',
    expiresAt: new Date(Date.now() + REFRESH_TTL_SECONDS * 1000),
  });
  await db.update(authUsers).set({ lastSignInAt: new Date() }).where(eq(authUsers.id, user.id));
  const access = await signAccessToken({ sub: user.id, email: user.email ?? undefined, session_id: refresh.hash.slice(0, 16) }, secret);
  const appUrl = getEnv().APP_URL;
  trySet(jar, COOKIE.access, access, secureCookieOptions(ACCESS_TOKEN_TTL_SECONDS, appUrl));
  trySet(jar, COOKIE.refresh, refresh.token, secureCookieOptions(REFRESH_TTL_SECONDS, appUrl));
}

async function createUser(input: { email: string; password?: string; displayName?: string; locale: 'en' | 'pt-BR' }) {
  const db = await unsafeSystemDb(WHY);
  const [user] = await db
    .insert(authUsers)
    .values({
      id: crypto.randomUUID(),
      email: normalizeEmail(input.email),
      encryptedPassword: input.password ? await hashPassword(input.password) : null,
      // No mail server to confirm against in the embedded default.
      emailConfirmedAt: new Date(),
      rawUserMetaData: { display_name: input.displayName ?? '', locale: input.locale },
      createdAt: new Date(),
    })
    .onConflictDoNothing()
    .returning();
  if (!user) throw new AppError('CONFLICT', 'An account with this email already exists. Sign in instead.');
  return user;
}

/** Marks a one-time token used, atomically; returns its user or null when invalid, used or expired. */
async function consumeToken(token: string, kind: 'magic_link' | 'password_reset' | 'refresh'): Promise<string | null> {
  const db = await unsafeSystemDb(WHY);
  const [row] = await db
    .update(localAuthTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(localAuthTokens.tokenHash, hashOpaqueToken(token)),
        eq(localAuthTokens.kind, kind),
        isNull(localAuthTokens.usedAt),
        eq(localAuthTokens.revoked, false),
        gt(localAuthTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ userId: localAuthTokens.userId });
  return row?.userId ?? null;
}

async function sendLink(userId: string, email: string, type: EmailLinkType, next: string, locale: 'en' | 'pt-BR') {
  const db = await unsafeSystemDb(WHY);
  const link = newOpaqueToken();
  await db.insert(localAuthTokens).values({
    tokenHash: link.hash,
    userId,
    kind: type,
    expiresAt: new Date(Date.now() + LINK_TTL_SECONDS * 1000),
  });
  const url = new URL('/auth/confirm', getEnv().APP_URL);
  url.searchParams.set('token', link.token);
  url.searchParams.set('type', type);
  url.searchParams.set('next', type === 'password_reset' ? '/reset-password' : next);
  await sendEmail({ to: email, userId, ...authEmail(type, url.toString(), locale) });
}

export function createLocalAuthAdapter(): AuthAdapter {
  return {
    kind: 'local',

    async getClaims(jar) {
      return verifyAccessToken(jar.get(COOKIE.access), getAuthSecret());
    },

    async signUp(jar, input: SignUpInput) {
      const user = await createUser(input);
      await issueSession(jar, user);
      return { status: 'signed_in' };
    },

    async signInWithPassword(jar, { email, password }) {
      const user = await findUserByEmail(email);
      // verifyPassword spends the same time for unknown emails.
      const ok = await verifyPassword(password, user?.encryptedPassword);
      if (!user || !ok) throw new AppError('INVALID_CREDENTIALS', 'Email or password is incorrect.');
      if (await isSuspended(user.id)) throw new AppError('FORBIDDEN', 'This account is suspended. Contact support.');
      await issueSession(jar, user);
    },

    async requestMagicLink({ email, next, locale }) {
      // Like Supabase's signInWithOtp, a magic link to a new address creates the account.
      const user = (await findUserByEmail(email)) ?? (await createUser({ email, locale }));
      await sendLink(user.id, user.email ?? normalizeEmail(email), 'magic_link', next, locale);
    },

    async verifyEmailLink(jar, { token, type }) {
      const userId = await consumeToken(token, type);
      if (!userId) throw new AppError('TOKEN_INVALID', 'This link is invalid or has expired. Ask for a new one.');
      const db = await unsafeSystemDb(WHY);
      const [user] = await db.select().from(authUsers).where(eq(authUsers.id, userId));
      if (!user) throw new AppError('TOKEN_INVALID', 'This link is invalid or has expired. Ask for a new one.');
      if (await isSuspended(user.id)) throw new AppError('FORBIDDEN', 'This account is suspended. Contact support.');
      await issueSession(jar, user);
    },

    async requestPasswordReset({ email, locale }) {
      const user = await findUserByEmail(email);
      // Same response whether or not the account exists (no account enumeration).
      if (user?.email) await sendLink(user.id, user.email, 'password_reset', '/reset-password', locale);
    },

    async updatePassword(jar, { password }) {
      const claims = await verifyAccessToken(jar.get(COOKIE.access), getAuthSecret());
      if (!claims) throw new AppError('UNAUTHENTICATED', 'Your reset link has expired. Ask for a new one.');
      const db = await unsafeSystemDb(WHY);
      await db.transaction(async (tx) => {
        await tx.update(authUsers).set({ encryptedPassword: await hashPassword(password) }).where(eq(authUsers.id, claims.sub));
        // A new password signs out every other session.
        await tx.update(localAuthTokens).set({ revoked: true }).where(and(eq(localAuthTokens.userId, claims.sub), eq(localAuthTokens.kind, 'refresh')));
      });
      await issueSession(jar, { id: claims.sub, email: claims.email ?? null });
    },

    async refreshSession(jar) {
      const token = jar.get(COOKIE.refresh);
      if (!token) return false;
      const userId = await consumeToken(token, 'refresh');
      if (!userId || (await isSuspended(userId))) {
        tryDelete(jar, COOKIE.access);
        tryDelete(jar, COOKIE.refresh);
        return false;
      }
      const db = await unsafeSystemDb(WHY);
      const [user] = await db.select().from(authUsers).where(eq(authUsers.id, userId));
      if (!user) return false;
      await issueSession(jar, user);
      return true;
    },

    async signOut(jar) {
      const token = jar.get(COOKIE.refresh);
      if (token) {
        const db = await unsafeSystemDb(WHY);
        await db.update(localAuthTokens).set({ revoked: true }).where(eq(localAuthTokens.tokenHash, hashOpaqueToken(token)));
      }
      tryDelete(jar, COOKIE.access);
      tryDelete(jar, COOKIE.refresh);
      tryDelete(jar, COOKIE.impersonation);
    },
  };
}
