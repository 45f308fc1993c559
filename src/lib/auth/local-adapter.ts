import { and, eq, isNull, gt, sql } from 'drizzle-orm';
import { getEnv, isDemoPasswordAllowed } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { reportError } from '@/lib/observability';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { rowsOf } from '@/lib/db/rows-of';
import { authUsers, localAuthTokens } from './schema';
import { sendEmail } from '@/lib/email/send-email';
import { accountExistsEmail, authEmail } from '@/lib/email/templates/auth-email';
import { hashPassword, isPublishedPassword, verifyPassword } from './password';
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
  const [user] = await db
    .select()
    .from(authUsers)
    .where(eq(authUsers.email, normalizeEmail(email)))
    .limit(1);
  return user;
}

/**
 * Suspension is checked on every way into a session, not only the password form. The accounts
 * module owns suspension; this port asks it through its SQL interface, not its tables.
 */
async function isSuspended(userId: string): Promise<boolean> {
  const db = await unsafeSystemDb(WHY);
  const [row] = rowsOf<{ suspended: boolean }>(await db.execute(sql`select private.is_account_suspended(${userId}) as suspended`));
  return row?.suspended === true;
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

/** New passwords can't be a published one where that matters (a real database). */
function assertUsablePassword(password: string | undefined): void {
  if (password && isPublishedPassword(password) && !isDemoPasswordAllowed()) {
    throw new AppError('VALIDATION', 'errors.auth.publishedPassword', { details: { field: 'password' } });
  }
}

async function createUser(input: {
  email: string;
  password?: string;
  displayName?: string;
  locale: 'en' | 'pt-BR';
}): Promise<typeof authUsers.$inferSelect | null> {
  assertUsablePassword(input.password);
  const db = await unsafeSystemDb(WHY);
  const [user] = await db
    .insert(authUsers)
    .values({
      id: crypto.randomUUID(),
      email: normalizeEmail(input.email),
      encryptedPassword: input.password ? await hashPassword(input.password) : null,
      // Unconfirmed until a mailed link is followed: the confirmation link, a magic link or a reset.
      emailConfirmedAt: null,
      rawUserMetaData: { display_name: input.displayName ?? '', locale: input.locale },
      createdAt: new Date(),
    })
    .onConflictDoNothing()
    .returning();
  return user ?? null;
}

/** Marks a one-time token used, atomically; returns its user or null when invalid, used or expired. */
async function consumeToken(token: string, kind: EmailLinkType | 'refresh'): Promise<string | null> {
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
  await sendEmail({ to: email, userId, ...(await authEmail(type, url.toString(), locale)) });
}

function localeOf(user: { rawUserMetaData: Record<string, unknown> | null }): 'en' | 'pt-BR' {
  return user.rawUserMetaData?.locale === 'pt-BR' ? 'pt-BR' : 'en';
}

/**
 * The first link followed proves the address. A password set before that proof may be someone
 * else's (they signed up with this address first): a magic link voids it, so their password never
 * opens the account the real owner now uses; the owner sets their own through "forgot password".
 * The confirmation link keeps the password (it was mailed because of that sign-up); a reset
 * replaces it anyway. Any sessions issued before the proof are revoked.
 */
async function confirmAddress(user: { id: string; encryptedPassword: string | null }, via: EmailLinkType) {
  const db = await unsafeSystemDb(WHY);
  await db.transaction(async (tx) => {
    await tx
      .update(authUsers)
      .set({ emailConfirmedAt: new Date(), ...(via === 'magic_link' && user.encryptedPassword ? { encryptedPassword: null } : {}) })
      .where(eq(authUsers.id, user.id));
    await tx
      .update(localAuthTokens)
      .set({ revoked: true })
      .where(and(eq(localAuthTokens.userId, user.id), eq(localAuthTokens.kind, 'refresh')));
  });
}

export function createLocalAuthAdapter(): AuthAdapter {
  return {
    kind: 'local',

    async getClaims(jar) {
      return verifyAccessToken(jar.get(COOKIE.access), getAuthSecret());
    },

    async signUp(_jar, input: SignUpInput) {
      // No session until the address is proven, and the same answer whether or not it already has
      // an account: the mail says what happened (a confirmation link, or "you already have one").
      const existing = await findUserByEmail(input.email);
      const user = existing ? null : await createUser(input);
      if (user) {
        await sendLink(user.id, user.email ?? normalizeEmail(input.email), 'email_confirmation', input.next ?? '/dashboard', input.locale);
      } else {
        // Spend the time creating an account takes, so the answer's timing says nothing either.
        await hashPassword(input.password);
        const owner = existing ?? (await findUserByEmail(input.email));
        if (owner?.email) await sendEmail({ to: owner.email, userId: owner.id, ...(await accountExistsEmail(input.locale)) });
      }
      return { status: 'check_email' };
    },

    async signInWithPassword(jar, { email, password }) {
      const user = await findUserByEmail(email);
      // verifyPassword spends the same time for unknown emails.
      const ok = await verifyPassword(password, user?.encryptedPassword);
      if (!user || !ok) throw new AppError('INVALID_CREDENTIALS', 'errors.auth.invalidCredentials');
      // A published password (the demo accounts') opens nothing on a real database, whoever set it.
      if (isPublishedPassword(password) && !isDemoPasswordAllowed()) {
        reportError(new Error('sign-in refused: a published demo password on a real database'), { userId: user.id });
        throw new AppError('INVALID_CREDENTIALS', 'errors.auth.invalidCredentials');
      }
      if (await isSuspended(user.id)) throw new AppError('FORBIDDEN', 'errors.auth.suspended');
      if (!user.emailConfirmedAt) {
        // The right password for an address nobody has proven yet: send a fresh link, no session.
        await sendLink(user.id, user.email ?? normalizeEmail(email), 'email_confirmation', '/dashboard', localeOf(user));
        throw new AppError('FORBIDDEN', 'errors.auth.confirmEmailFirst', { values: { email: user.email ?? email } });
      }
      await issueSession(jar, user);
    },

    async requestMagicLink({ email, next, locale }) {
      // Like Supabase's signInWithOtp, a magic link to a new address creates the account.
      const user = (await findUserByEmail(email)) ?? (await createUser({ email, locale })) ?? (await findUserByEmail(email));
      if (!user) return;
      await sendLink(user.id, user.email ?? normalizeEmail(email), 'magic_link', next, locale);
    },

    async verifyEmailLink(jar, { token, type }) {
      const userId = await consumeToken(token, type);
      if (!userId) throw new AppError('TOKEN_INVALID', 'errors.auth.linkInvalid');
      const db = await unsafeSystemDb(WHY);
      const [user] = await db.select().from(authUsers).where(eq(authUsers.id, userId));
      if (!user) throw new AppError('TOKEN_INVALID', 'errors.auth.linkInvalid');
      if (await isSuspended(user.id)) throw new AppError('FORBIDDEN', 'errors.auth.suspended');
      if (!user.emailConfirmedAt) await confirmAddress(user, type);
      await issueSession(jar, user);
    },

    async requestPasswordReset({ email, locale }) {
      const user = await findUserByEmail(email);
      // Same response whether or not the account exists (no account enumeration).
      if (user?.email) await sendLink(user.id, user.email, 'password_reset', '/reset-password', locale);
    },

    async updatePassword(jar, { password }) {
      const claims = await verifyAccessToken(jar.get(COOKIE.access), getAuthSecret());
      if (!claims) throw new AppError('UNAUTHENTICATED', 'errors.auth.resetLinkExpired');
      assertUsablePassword(password);
      const db = await unsafeSystemDb(WHY);
      await db.transaction(async (tx) => {
        await tx
          .update(authUsers)
          .set({ encryptedPassword: await hashPassword(password) })
          .where(eq(authUsers.id, claims.sub));
        // A new password signs out every other session.
        await tx
          .update(localAuthTokens)
          .set({ revoked: true })
          .where(and(eq(localAuthTokens.userId, claims.sub), eq(localAuthTokens.kind, 'refresh')));
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
        await db
          .update(localAuthTokens)
          .set({ revoked: true })
          .where(eq(localAuthTokens.tokenHash, hashOpaqueToken(token)));
      }
      tryDelete(jar, COOKIE.access);
      tryDelete(jar, COOKIE.refresh);
      tryDelete(jar, COOKIE.impersonation);
    },
  };
}
