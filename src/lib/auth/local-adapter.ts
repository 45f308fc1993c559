import { and, eq, isNull, gt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getEnv, isDemoPasswordAllowed } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { VerifiedClaims } from '@/lib/claims';
import { reportError } from '@/lib/observability';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { rowsOf } from '@/lib/db/rows-of';
import { authUsers, localAuthTokens, mfaFactors, mfaRecoveryCodes, type AuthMethod } from './schema';
import { matchTotpStep, newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, sealTotpSecret, totpUri, unsealTotpSecret } from './totp';
import { hasRecentProof } from './recent-proof';
import { sendEmail } from '@/lib/email/send-email';
import { accountExistsEmail, authEmail } from '@/lib/email/templates/auth-email';
import { hashPassword, isPublishedPassword, verifyPassword } from './password';
import { hashOpaqueToken, newOpaqueToken, signAccessToken, verifyAccessToken, ACCESS_TOKEN_TTL_SECONDS } from './tokens';
import { getAuthSecret } from './secret';
import { COOKIE, secureCookieOptions, trySet, tryDelete, type CookieJar } from './cookie-jar';
import type { AuthAdapter, EmailLinkType, SignUpInput } from './types';
import { toLocale, type Locale } from '@/lib/i18n/translate';

const REFRESH_TTL_SECONDS = 30 * 24 * 60 * 60;
/**
 * A refresh token just rotated still refreshes for this long (Supabase Auth's "reuse interval",
 * 10 s by default), so one browser's concurrent requests with the same expired access token — a
 * page and the links it prefetches — all go on signed in instead of the losers signing the person
 * out. After it, a rotated token refreshes nothing.
 */
const REFRESH_REUSE_INTERVAL_MS = 10_000;
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

type SessionOrigin = { sessionId: string; method: AuthMethod; authenticatedAt: Date; aal?: 'aal1' | 'aal2' };

/**
 * Signs a person in: a refresh token (stored hashed) and an access token naming the session.
 * `origin` continues an existing session (a refresh rotation); without it a new session starts,
 * proven by `method` now.
 */
async function issueSession(jar: CookieJar, user: { id: string; email: string | null }, origin: SessionOrigin | AuthMethod): Promise<void> {
  const session: SessionOrigin =
    typeof origin === 'string' ? { sessionId: crypto.randomUUID(), method: origin, authenticatedAt: new Date() } : origin;
  const db = await unsafeSystemDb(WHY);
  const secret = getAuthSecret();
  const refresh = newOpaqueToken();
  await db.insert(localAuthTokens).values({
    tokenHash: refresh.hash,
    userId: user.id,
    kind: 'refresh',
    expiresAt: new Date(Date.now() + REFRESH_TTL_SECONDS * 1000),
    sessionId: session.sessionId,
    authMethod: session.method,
    authenticatedAt: session.authenticatedAt,
    aal: session.aal ?? 'aal1',
  });
  await db.update(authUsers).set({ lastSignInAt: new Date() }).where(eq(authUsers.id, user.id));
  const access = await signAccessToken(
    {
      sub: user.id,
      email: user.email ?? undefined,
      session_id: session.sessionId,
      amr: [{ method: session.method, timestamp: Math.floor(session.authenticatedAt.getTime() / 1000) }],
      aal: session.aal ?? 'aal1',
    },
    secret,
  );
  const appUrl = getEnv().APP_URL;
  trySet(jar, COOKIE.access, access, secureCookieOptions(ACCESS_TOKEN_TTL_SECONDS, appUrl));
  trySet(jar, COOKIE.refresh, refresh.token, secureCookieOptions(REFRESH_TTL_SECONDS, appUrl));
}

/**
 * Whether a session is still open: it has a refresh token that is neither revoked nor expired
 * (used ones count — rotation uses them; sign-out and password changes revoke them all). Checked
 * on every request, so a signed-out access token stops working at once, not when it expires.
 */
async function isSessionOpen(sessionId: string | undefined): Promise<boolean> {
  if (!sessionId || !z.uuid().safeParse(sessionId).success) return false;
  const db = await unsafeSystemDb(WHY);
  const [row] = await db
    .select({ tokenHash: localAuthTokens.tokenHash })
    .from(localAuthTokens)
    .where(
      and(
        eq(localAuthTokens.sessionId, sessionId),
        eq(localAuthTokens.kind, 'refresh'),
        eq(localAuthTokens.revoked, false),
        gt(localAuthTokens.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * The caller's claims: a valid signature is not enough, the session must still be open (signed
 * out, password changed or email confirmed elsewhere all close it at once).
 */
async function openSessionClaims(jar: CookieJar) {
  const claims = await verifyAccessToken(jar.get(COOKIE.access), getAuthSecret());
  return claims && (await isSessionOpen(claims.session_id)) ? claims : null;
}

async function revokeSession(sessionId: string): Promise<void> {
  const db = await unsafeSystemDb(WHY);
  await db
    .update(localAuthTokens)
    .set({ revoked: true })
    .where(and(eq(localAuthTokens.sessionId, sessionId), eq(localAuthTokens.kind, 'refresh')));
}

// A password change without the current password needs a proof of identity this recent: the
// reset link that was just followed, or (for an account with no password yet) any sign-in.
const RECENT_AUTH_SECONDS = 15 * 60;

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
  locale: Locale;
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

/**
 * Marks a one-time token used, atomically; returns it (its user, and its session for a refresh token) or null when invalid,
 * used or expired. A refresh token used less than REFRESH_REUSE_INTERVAL_MS ago still counts as unused.
 */
async function consumeToken(token: string, kind: EmailLinkType | 'refresh') {
  const db = await unsafeSystemDb(WHY);
  const now = new Date();
  const unused = isNull(localAuthTokens.usedAt);
  const [row] = await db
    .update(localAuthTokens)
    // A reuse within the interval keeps the first use's time, so the interval never slides.
    .set({ usedAt: sql`coalesce(${localAuthTokens.usedAt}, ${now.toISOString()}::timestamptz)` })
    .where(
      and(
        eq(localAuthTokens.tokenHash, hashOpaqueToken(token)),
        eq(localAuthTokens.kind, kind),
        kind === 'refresh' ? or(unused, gt(localAuthTokens.usedAt, new Date(now.getTime() - REFRESH_REUSE_INTERVAL_MS))) : unused,
        eq(localAuthTokens.revoked, false),
        gt(localAuthTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({
      userId: localAuthTokens.userId,
      sessionId: localAuthTokens.sessionId,
      authMethod: localAuthTokens.authMethod,
      authenticatedAt: localAuthTokens.authenticatedAt,
      aal: localAuthTokens.aal,
    });
  return row ?? null;
}

async function sendLink(userId: string, email: string, type: EmailLinkType, next: string, locale: Locale) {
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

function localeOf(user: { rawUserMetaData: Record<string, unknown> | null }): Locale {
  return toLocale(user.rawUserMetaData?.locale);
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

// ---- Two-factor (TOTP) ------------------------------------------------------------------------

async function verifiedFactor(userId: string) {
  const db = await unsafeSystemDb(WHY);
  const [factor] = await db
    .select()
    .from(mfaFactors)
    .where(and(eq(mfaFactors.userId, userId), eq(mfaFactors.status, 'verified')))
    .limit(1);
  return factor;
}

/**
 * Accepts a TOTP code for a factor once: the code's time step must be newer than the last one
 * used (compare-and-set, so two requests racing with one code can't both pass).
 */
async function acceptTotp(factor: typeof mfaFactors.$inferSelect, code: string): Promise<boolean> {
  const step = matchTotpStep(unsealTotpSecret(factor.secretSealed, getAuthSecret()), code);
  if (step === null) return false;
  const db = await unsafeSystemDb(WHY);
  const [updated] = await db
    .update(mfaFactors)
    .set({ lastUsedStep: step })
    .where(and(eq(mfaFactors.id, factor.id), sql`coalesce(${mfaFactors.lastUsedStep}, -1) < ${step}`))
    .returning({ id: mfaFactors.id });
  return Boolean(updated);
}

async function acceptRecoveryCode(userId: string, code: string): Promise<boolean> {
  const normalized = normalizeRecoveryCode(code);
  if (!normalized) return false;
  const db = await unsafeSystemDb(WHY);
  const [used] = await db
    .update(mfaRecoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(eq(mfaRecoveryCodes.userId, userId), eq(mfaRecoveryCodes.codeHash, hashOpaqueToken(normalized)), isNull(mfaRecoveryCodes.usedAt)),
    )
    .returning({ userId: mfaRecoveryCodes.userId });
  return Boolean(used);
}

/** Re-issues the caller's session (same id, same proof) at the second-factor level. */
async function raiseToAal2(jar: CookieJar, claims: VerifiedClaims): Promise<void> {
  const proof = claims.amr?.[0];
  await issueSession(
    jar,
    { id: claims.sub, email: claims.email ?? null },
    {
      sessionId: claims.session_id!,
      method: (proof?.method as AuthMethod | undefined) ?? 'password',
      authenticatedAt: proof ? new Date(proof.timestamp * 1000) : new Date(),
      aal: 'aal2',
    },
  );
  // The refresh token this browser held before is spent: the new one carries aal2.
}

export function createLocalAuthAdapter(): AuthAdapter {
  return {
    kind: 'local',

    getClaims: openSessionClaims,

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
      await issueSession(jar, user, 'password');
    },

    async requestMagicLink({ email, next, locale }) {
      // Like Supabase's signInWithOtp, a magic link to a new address creates the account.
      const user = (await findUserByEmail(email)) ?? (await createUser({ email, locale })) ?? (await findUserByEmail(email));
      if (!user) return;
      await sendLink(user.id, user.email ?? normalizeEmail(email), 'magic_link', next, locale);
    },

    async verifyEmailLink(jar, { token, type }) {
      const link = await consumeToken(token, type);
      if (!link) throw new AppError('TOKEN_INVALID', 'errors.auth.linkInvalid');
      const db = await unsafeSystemDb(WHY);
      const [user] = await db.select().from(authUsers).where(eq(authUsers.id, link.userId));
      if (!user) throw new AppError('TOKEN_INVALID', 'errors.auth.linkInvalid');
      if (await isSuspended(user.id)) throw new AppError('FORBIDDEN', 'errors.auth.suspended');
      if (!user.emailConfirmedAt) await confirmAddress(user, type);
      await issueSession(jar, user, type);
    },

    async requestPasswordReset({ email, locale }) {
      const user = await findUserByEmail(email);
      // Same response whether or not the account exists (no account enumeration).
      if (user?.email) await sendLink(user.id, user.email, 'password_reset', '/reset-password', locale);
    },

    async updatePassword(jar, { password, currentPassword }) {
      const claims = await openSessionClaims(jar);
      if (!claims) throw new AppError('UNAUTHENTICATED', 'errors.auth.resetLinkExpired');
      const db = await unsafeSystemDb(WHY);
      const [user] = await db.select().from(authUsers).where(eq(authUsers.id, claims.sub));
      if (!user) throw new AppError('UNAUTHENTICATED', 'errors.auth.resetLinkExpired');
      // A stolen session alone can't take the account over: changing the password takes the
      // current one, or a reset link followed in the last few minutes. An account without a
      // password (magic-link only) sets its first one within minutes of signing in.
      if (currentPassword !== undefined) {
        if (!(await verifyPassword(currentPassword, user.encryptedPassword))) {
          throw new AppError('INVALID_CREDENTIALS', 'errors.auth.currentPasswordWrong', { details: { field: 'currentPassword' } });
        }
      } else {
        const proofs = user.encryptedPassword ? ['password_reset'] : ['password_reset', 'magic_link', 'email_confirmation', 'password'];
        if (!hasRecentProof(claims, proofs, RECENT_AUTH_SECONDS)) {
          throw new AppError('FORBIDDEN', 'errors.auth.currentPasswordRequired', { details: { field: 'currentPassword' } });
        }
      }
      assertUsablePassword(password);
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
      // A new session (the others just ended) that keeps the second factor this one had passed.
      await issueSession(
        jar,
        { id: claims.sub, email: claims.email ?? null },
        { sessionId: crypto.randomUUID(), method: 'password', authenticatedAt: new Date(), aal: claims.aal ?? 'aal1' },
      );
    },

    async refreshSession(jar) {
      const token = jar.get(COOKIE.refresh);
      if (!token) return false;
      const used = await consumeToken(token, 'refresh');
      // Tokens from before sessions had ids (or forged rows) start nothing: sign in again.
      if (!used || !used.sessionId || !used.authMethod || !used.authenticatedAt || (await isSuspended(used.userId))) {
        tryDelete(jar, COOKIE.access);
        tryDelete(jar, COOKIE.refresh);
        return false;
      }
      const db = await unsafeSystemDb(WHY);
      const [user] = await db.select().from(authUsers).where(eq(authUsers.id, used.userId));
      if (!user) return false;
      // The same session, rotated: it keeps its id and how and when it was proven.
      await issueSession(jar, user, {
        sessionId: used.sessionId,
        method: used.authMethod,
        authenticatedAt: used.authenticatedAt,
        aal: used.aal ?? 'aal1',
      });
      return true;
    },

    async signOut(jar) {
      // The whole session ends — every rotation of its refresh token, so the access token it
      // issued stops working on the next request (getClaims checks the session).
      const claims = await verifyAccessToken(jar.get(COOKIE.access), getAuthSecret());
      const token = jar.get(COOKIE.refresh);
      const db = await unsafeSystemDb(WHY);
      const [row] = token
        ? await db
            .select({ sessionId: localAuthTokens.sessionId })
            .from(localAuthTokens)
            .where(eq(localAuthTokens.tokenHash, hashOpaqueToken(token)))
        : [];
      for (const sessionId of new Set([claims?.session_id, row?.sessionId])) {
        if (sessionId && z.uuid().safeParse(sessionId).success) await revokeSession(sessionId);
      }
      if (token)
        await db
          .update(localAuthTokens)
          .set({ revoked: true })
          .where(eq(localAuthTokens.tokenHash, hashOpaqueToken(token)));
      tryDelete(jar, COOKIE.access);
      tryDelete(jar, COOKIE.refresh);
      tryDelete(jar, COOKIE.impersonation);
    },

    async twoFactorState(jar) {
      const claims = await openSessionClaims(jar);
      if (!claims) return null;
      return { enrolled: Boolean(await verifiedFactor(claims.sub)), aal: claims.aal ?? 'aal1' };
    },

    async startTotpEnrollment(jar) {
      const claims = await openSessionClaims(jar);
      if (!claims) throw new AppError('UNAUTHENTICATED', 'errors.common.signInAgain');
      if (await verifiedFactor(claims.sub)) throw new AppError('CONFLICT', 'errors.auth.twoFactorAlreadyOn');
      const secret = newTotpSecret();
      const db = await unsafeSystemDb(WHY);
      const factor = await db.transaction(async (tx) => {
        // One enrollment in progress at a time: a new QR code replaces an abandoned one.
        await tx.delete(mfaFactors).where(and(eq(mfaFactors.userId, claims.sub), eq(mfaFactors.status, 'unverified')));
        const [row] = await tx
          .insert(mfaFactors)
          .values({ userId: claims.sub, secretSealed: sealTotpSecret(secret, getAuthSecret()), status: 'unverified' })
          .returning({ id: mfaFactors.id });
        return row!;
      });
      return { factorId: factor.id, secret, uri: totpUri(secret, claims.email ?? claims.sub) };
    },

    async confirmTotpEnrollment(jar, { factorId, code }) {
      const claims = await openSessionClaims(jar);
      if (!claims) throw new AppError('UNAUTHENTICATED', 'errors.common.signInAgain');
      const db = await unsafeSystemDb(WHY);
      const [factor] = await db
        .select()
        .from(mfaFactors)
        .where(and(eq(mfaFactors.id, factorId), eq(mfaFactors.userId, claims.sub), eq(mfaFactors.status, 'unverified')));
      if (!factor) throw new AppError('NOT_FOUND', 'errors.auth.twoFactorSetupExpired');
      if (!(await acceptTotp(factor, code))) {
        throw new AppError('INVALID_CREDENTIALS', 'errors.auth.twoFactorCodeWrong', { details: { field: 'code' } });
      }
      const recoveryCodes = newRecoveryCodes();
      await db.transaction(async (tx) => {
        await tx.update(mfaFactors).set({ status: 'verified', verifiedAt: new Date() }).where(eq(mfaFactors.id, factor.id));
        await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, claims.sub));
        await tx.insert(mfaRecoveryCodes).values(recoveryCodes.map((c) => ({ userId: claims.sub, codeHash: hashOpaqueToken(c) })));
      });
      // Proving the new factor counts as passing it for this session.
      await raiseToAal2(jar, claims);
      return { recoveryCodes };
    },

    async verifySecondFactor(jar, { code }) {
      const claims = await openSessionClaims(jar);
      if (!claims) throw new AppError('UNAUTHENTICATED', 'errors.common.signInAgain');
      const factor = await verifiedFactor(claims.sub);
      if (!factor) throw new AppError('CONFLICT', 'errors.auth.twoFactorNotOn');
      const ok = /^\s*\d{3}\s?\d{3}\s*$/.test(code) ? await acceptTotp(factor, code) : await acceptRecoveryCode(claims.sub, code);
      if (!ok) throw new AppError('INVALID_CREDENTIALS', 'errors.auth.twoFactorCodeWrong', { details: { field: 'code' } });
      await raiseToAal2(jar, claims);
    },

    async disableTotp(jar, { code }) {
      const claims = await openSessionClaims(jar);
      if (!claims) throw new AppError('UNAUTHENTICATED', 'errors.common.signInAgain');
      const factor = await verifiedFactor(claims.sub);
      if (!factor) throw new AppError('CONFLICT', 'errors.auth.twoFactorNotOn');
      if (claims.aal !== 'aal2' || !(await acceptTotp(factor, code))) {
        throw new AppError('INVALID_CREDENTIALS', 'errors.auth.twoFactorCodeWrong', { details: { field: 'code' } });
      }
      const db = await unsafeSystemDb(WHY);
      await db.transaction(async (tx) => {
        await tx.delete(mfaFactors).where(eq(mfaFactors.userId, claims.sub));
        await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, claims.sub));
      });
    },

    // The embedded auth signs in with email only: no provider buttons, nothing to start.
    async oauthProviders() {
      return [];
    },
    async startOAuth() {
      throw new AppError('NOT_FOUND', 'errors.auth.oauthUnavailable');
    },
    async completeOAuth() {
      throw new AppError('TOKEN_INVALID', 'errors.auth.linkInvalid');
    },
  };
}
