import { createServerClient } from '@supabase/ssr';
import type { RealtimeClientOptions } from '@supabase/supabase-js';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { ErrorKey } from '@/lib/i18n/error-key';
import { claimsSchema, unsafeMarkClaimsVerified } from '@/lib/claims';
import { COOKIE, tryDelete, trySet, type CookieJar } from './cookie-jar';
import { OAUTH_PROVIDERS, type AuthAdapter, type OAuthProvider } from './types';
import { hasRecentProof } from './recent-proof';
import { isSessionRevoked, revokeSession } from './session-revocations';

const RECENT_AUTH_SECONDS = 15 * 60;

// The project's switched-on providers, from Auth's public /settings. Read again every few
// minutes, so turning a provider on in the Supabase dashboard shows its button without a deploy.
const PROVIDERS_TTL_MS = 5 * 60_000;
let providersCache: { at: number; key: string; providers: OAuthProvider[] } | undefined;

async function enabledProviders(url: string, anonKey: string): Promise<OAuthProvider[]> {
  if (providersCache && providersCache.key === url && Date.now() - providersCache.at < PROVIDERS_TTL_MS) return providersCache.providers;
  try {
    const response = await fetch(new URL('/auth/v1/settings', url), { headers: { apikey: anonKey }, signal: AbortSignal.timeout(3000) });
    if (!response.ok) return [];
    const settings = (await response.json()) as { external?: Record<string, unknown> };
    const providers = OAUTH_PROVIDERS.filter((p) => settings.external?.[p] === true);
    providersCache = { at: Date.now(), key: url, providers };
    return providers;
  } catch {
    // Auth unreachable: no buttons (email sign-in says what is wrong when used).
    return [];
  }
}

/** A cookie jar that lives only for one call (a throwaway client's session). */
function memoryJar(): CookieJar {
  const cookies = new Map<string, string>();
  return {
    get: (name) => cookies.get(name),
    getAll: () => [...cookies].map(([name, value]) => ({ name, value })),
    set: (name, value) => void cookies.set(name, value),
    delete: (name) => void cookies.delete(name),
  };
}

type SupabaseAuthError = { message: string; status?: number; code?: string } | null;

// Auth never opens a Realtime socket, but supabase-js builds a RealtimeClient
// in its constructor and realtime-js throws there when the runtime has no
// global WebSocket (Node 20, which `engines` allows). This constructor is
// handed over instead and is never called.
function NoRealtimeSocket(): never {
  throw new Error('The auth adapter does not use Supabase Realtime');
}
const realtime: RealtimeClientOptions = { transport: NoRealtimeSocket as unknown as NonNullable<RealtimeClientOptions['transport']> };

function clientFor(jar: CookieJar, url: string, anonKey: string) {
  return createServerClient(url, anonKey, {
    realtime,
    cookies: {
      getAll: () => jar.getAll(),
      setAll: (cookies) => {
        for (const { name, value, options } of cookies) {
          trySet(jar, name, value, {
            httpOnly: options.httpOnly,
            secure: options.secure,
            sameSite: typeof options.sameSite === 'string' ? (options.sameSite as 'lax' | 'strict' | 'none') : 'lax',
            path: options.path ?? '/',
            maxAge: options.maxAge,
          });
        }
      },
    },
  });
}

function fail(error: SupabaseAuthError, fallback: ErrorKey): never {
  if (error?.status === 429) throw new AppError('RATE_LIMITED', 'errors.auth.rateLimited');
  if (error?.code === 'invalid_credentials') throw new AppError('INVALID_CREDENTIALS', 'errors.auth.invalidCredentials');
  if (error?.code === 'user_already_exists' || error?.code === 'email_exists') {
    throw new AppError('CONFLICT', 'errors.auth.accountExists');
  }
  if (error?.code === 'otp_expired' || error?.code === 'flow_state_expired') {
    throw new AppError('TOKEN_INVALID', 'errors.auth.linkInvalid');
  }
  if (error?.code === 'weak_password') throw new AppError('VALIDATION', 'errors.auth.weakPassword');
  // Supabase messages can be technical; show ours.
  throw new AppError('UNAVAILABLE', fallback);
}

/**
 * Production adapter: Supabase Auth through @supabase/ssr. Claims come from
 * `auth.getClaims()`, which verifies the JWT (locally against the project's
 * JWKS for asymmetric keys, or through the Auth server) — never from
 * `getSession()`, whose contents come straight from the cookie.
 */
export function createSupabaseAuthAdapter(): AuthAdapter {
  const env = getEnv();
  const url = env.NEXT_PUBLIC_SUPABASE_URL;
  const anonKey = env.NEXT_PUBLIC_SUPABASE_ANON_KEY;
  if (!url || !anonKey) throw new Error('Supabase auth needs NEXT_PUBLIC_SUPABASE_URL and NEXT_PUBLIC_SUPABASE_ANON_KEY');
  const redirect = (path: string) => new URL(path, env.APP_URL).toString();

  const adapter: AuthAdapter = {
    kind: 'supabase',

    async getClaims(jar) {
      const { data, error } = await clientFor(jar, url, anonKey).auth.getClaims();
      if (error || !data?.claims) return null;
      const parsed = claimsSchema.safeParse({ ...data.claims, act: undefined });
      if (!parsed.success) return null;
      // Verified locally (JWKS), so a signed-out access token would stay valid until it expires
      // (up to an hour): the sessions this app signed out are refused at once.
      if (await isSessionRevoked(parsed.data.session_id)) return null;
      return unsafeMarkClaimsVerified(parsed.data);
    },

    async signUp(jar, input) {
      const { data, error } = await clientFor(jar, url, anonKey).auth.signUp({
        email: input.email,
        password: input.password,
        options: { data: { display_name: input.displayName ?? '', locale: input.locale }, emailRedirectTo: redirect('/auth/confirm') },
      });
      if (error) fail(error, 'errors.auth.signUpUnavailable');
      return { status: data.session ? 'signed_in' : 'check_email' };
    },

    async signInWithPassword(jar, input) {
      const { error } = await clientFor(jar, url, anonKey).auth.signInWithPassword(input);
      if (error) fail(error, 'errors.auth.signInUnavailable');
    },

    async requestMagicLink({ email, next }) {
      const supabase = clientFor({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {} }, url, anonKey);
      const { error } = await supabase.auth.signInWithOtp({
        email,
        options: { shouldCreateUser: true, emailRedirectTo: redirect(`/auth/confirm?next=${encodeURIComponent(next)}`) },
      });
      if (error) fail(error, 'errors.auth.linkUnavailable');
    },

    async verifyEmailLink(jar, { token, type }) {
      const { error } = await clientFor(jar, url, anonKey).auth.verifyOtp({
        token_hash: token,
        type: type === 'password_reset' ? 'recovery' : 'email',
      });
      if (error) fail(error, 'errors.auth.linkInvalid');
    },

    async requestPasswordReset({ email }) {
      const supabase = clientFor({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {} }, url, anonKey);
      const { error } = await supabase.auth.resetPasswordForEmail(email, { redirectTo: redirect('/auth/confirm?next=/reset-password') });
      // Rate limits are worth surfacing; "no such user" is deliberately not.
      if (error?.status === 429) fail(error, 'errors.auth.rateLimited');
    },

    async updatePassword(jar, { password, currentPassword }) {
      const claims = await adapter.getClaims(jar);
      if (!claims) throw new AppError('UNAUTHENTICATED', 'errors.auth.resetLinkExpired');
      // A stolen session alone can't take the account over: the current password, or a recovery
      // (reset) link followed in the last few minutes. The current password is checked with a
      // throwaway sign-in that is signed out again at once.
      if (currentPassword !== undefined) {
        const probe = clientFor(memoryJar(), url, anonKey);
        const { error } = await probe.auth.signInWithPassword({ email: claims.email ?? '', password: currentPassword });
        if (error) {
          if (error.status === 429) fail(error, 'errors.auth.rateLimited');
          throw new AppError('INVALID_CREDENTIALS', 'errors.auth.currentPasswordWrong', { details: { field: 'currentPassword' } });
        }
        await probe.auth.signOut({ scope: 'local' });
      } else if (!hasRecentProof(claims, ['recovery'], RECENT_AUTH_SECONDS)) {
        throw new AppError('FORBIDDEN', 'errors.auth.currentPasswordRequired', { details: { field: 'currentPassword' } });
      }
      const { error } = await clientFor(jar, url, anonKey).auth.updateUser({ password });
      if (error) fail(error, 'errors.auth.passwordChangeUnavailable');
    },

    async refreshSession(jar) {
      const { data, error } = await clientFor(jar, url, anonKey).auth.refreshSession();
      return !error && Boolean(data.session);
    },

    async signOut(jar) {
      const claims = await adapter.getClaims(jar);
      if (claims?.session_id) await revokeSession(claims.session_id, claims.exp);
      await clientFor(jar, url, anonKey).auth.signOut();
      tryDelete(jar, COOKIE.impersonation);
    },

    // Supabase Auth MFA (TOTP). Recovery codes are not part of Supabase's MFA: an admin who loses
    // the phone is helped by another admin (unenroll through the Admin API), and the page says so.
    async twoFactorState(jar) {
      const claims = await adapter.getClaims(jar);
      if (!claims) return null;
      // The factors come from the Auth server (listFactors asks /user with the access token): the
      // cookie's copy of the user is the browser's to edit and must not decide whether a code is
      // asked for. The level comes from the verified claims.
      const { data, error } = await clientFor(jar, url, anonKey).auth.mfa.listFactors();
      if (error || !data) return null;
      return { enrolled: data.totp.length > 0, aal: claims.aal === 'aal2' ? 'aal2' : 'aal1' };
    },

    async startTotpEnrollment(jar) {
      const supabase = clientFor(jar, url, anonKey);
      const { data, error } = await supabase.auth.mfa.enroll({ factorType: 'totp', friendlyName: `Page Magic ${Date.now()}` });
      if (error || !data || data.type !== 'totp') fail(error, 'errors.auth.twoFactorUnavailable');
      return { factorId: data.id, secret: data.totp.secret, uri: data.totp.uri };
    },

    async confirmTotpEnrollment(jar, { factorId, code }) {
      const { error } = await clientFor(jar, url, anonKey).auth.mfa.challengeAndVerify({ factorId, code: code.replace(/\s+/g, '') });
      if (error) throw new AppError('INVALID_CREDENTIALS', 'errors.auth.twoFactorCodeWrong', { details: { field: 'code' } });
      return { recoveryCodes: [] };
    },

    async verifySecondFactor(jar, { code }) {
      const supabase = clientFor(jar, url, anonKey);
      const { data, error } = await supabase.auth.mfa.listFactors();
      const factor = data?.totp.find((f) => f.status === 'verified');
      if (error || !factor) throw new AppError('CONFLICT', 'errors.auth.twoFactorNotOn');
      const verified = await supabase.auth.mfa.challengeAndVerify({ factorId: factor.id, code: code.replace(/\s+/g, '') });
      if (verified.error) throw new AppError('INVALID_CREDENTIALS', 'errors.auth.twoFactorCodeWrong', { details: { field: 'code' } });
    },

    async disableTotp(jar, { code }) {
      const supabase = clientFor(jar, url, anonKey);
      const { data } = await supabase.auth.mfa.listFactors();
      const factor = data?.totp.find((f) => f.status === 'verified');
      if (!factor) throw new AppError('CONFLICT', 'errors.auth.twoFactorNotOn');
      // A fresh code first (Supabase requires an aal2 session to unenroll a verified factor).
      const verified = await supabase.auth.mfa.challengeAndVerify({ factorId: factor.id, code: code.replace(/\s+/g, '') });
      if (verified.error) throw new AppError('INVALID_CREDENTIALS', 'errors.auth.twoFactorCodeWrong', { details: { field: 'code' } });
      const { error } = await supabase.auth.mfa.unenroll({ factorId: factor.id });
      if (error) fail(error, 'errors.auth.twoFactorUnavailable');
    },

    async oauthProviders() {
      return enabledProviders(url, anonKey);
    },

    async startOAuth(jar, { provider, next }) {
      if (!(await enabledProviders(url, anonKey)).includes(provider)) throw new AppError('NOT_FOUND', 'errors.auth.oauthUnavailable');
      const callback = new URL('/auth/callback', env.APP_URL);
      callback.searchParams.set('next', next);
      // On the server supabase-js never navigates: it returns the /authorize URL and keeps the
      // PKCE verifier in a cookie for the callback.
      const { data, error } = await clientFor(jar, url, anonKey).auth.signInWithOAuth({
        provider,
        options: { redirectTo: callback.toString() },
      });
      if (error || !data.url) fail(error, 'errors.auth.oauthUnavailable');
      return data.url;
    },

    async completeOAuth(jar, { code }) {
      const { error } = await clientFor(jar, url, anonKey).auth.exchangeCodeForSession(code);
      if (error) throw new AppError('TOKEN_INVALID', 'errors.auth.linkInvalid');
    },
  };
  return adapter;
}
