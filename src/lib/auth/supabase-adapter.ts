import { createServerClient } from '@supabase/ssr';
import type { RealtimeClientOptions } from '@supabase/supabase-js';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { ErrorKey } from '@/lib/i18n/error-key';
import { claimsSchema, unsafeMarkClaimsVerified } from '@/lib/claims';
import { COOKIE, tryDelete, trySet, type CookieJar } from './cookie-jar';
import type { AuthAdapter } from './types';

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

  return {
    kind: 'supabase',

    async getClaims(jar) {
      const { data, error } = await clientFor(jar, url, anonKey).auth.getClaims();
      if (error || !data?.claims) return null;
      const parsed = claimsSchema.safeParse({ ...data.claims, act: undefined });
      return parsed.success ? unsafeMarkClaimsVerified(parsed.data) : null;
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

    async updatePassword(jar, { password }) {
      const { error } = await clientFor(jar, url, anonKey).auth.updateUser({ password });
      if (error) fail(error, 'errors.auth.passwordChangeUnavailable');
    },

    async refreshSession(jar) {
      const { data, error } = await clientFor(jar, url, anonKey).auth.refreshSession();
      return !error && Boolean(data.session);
    },

    async signOut(jar) {
      await clientFor(jar, url, anonKey).auth.signOut();
      tryDelete(jar, COOKIE.impersonation);
    },
  };
}
