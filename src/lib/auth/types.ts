import type { VerifiedClaims } from '@/lib/claims';
import type { CookieJar } from './cookie-jar';
import type { Locale } from '@/lib/i18n/translate';

export type SignUpInput = { email: string; password: string; displayName?: string; locale: Locale; next?: string };
export type EmailLinkType = 'magic_link' | 'password_reset' | 'email_confirmation';

/** One interface, two adapters: Supabase Auth (production) and local (embedded default). */
export interface AuthAdapter {
  readonly kind: 'local' | 'supabase';
  /** Verified claims of the signed-in user, or null. Never trusts an unverified session. */
  getClaims(jar: CookieJar): Promise<VerifiedClaims | null>;
  signUp(jar: CookieJar, input: SignUpInput): Promise<{ status: 'signed_in' | 'check_email' }>;
  signInWithPassword(jar: CookieJar, input: { email: string; password: string }): Promise<void>;
  requestMagicLink(input: { email: string; next: string; locale: Locale }): Promise<void>;
  verifyEmailLink(jar: CookieJar, input: { token: string; type: EmailLinkType }): Promise<void>;
  requestPasswordReset(input: { email: string; locale: Locale }): Promise<void>;
  /**
   * Sets a new password for the signed-in user. Needs `currentPassword`, or (without it) a
   * session proven by a password-reset link in the last few minutes; other sessions end.
   */
  updatePassword(jar: CookieJar, input: { password: string; currentPassword?: string }): Promise<void>;
  /** Exchanges the refresh token for a new session; false when there is none or it is invalid. */
  refreshSession(jar: CookieJar): Promise<boolean>;
  signOut(jar: CookieJar): Promise<void>;

  // Two-factor authentication (TOTP). A session starts at aal1; passing the second factor raises
  // it to aal2, which the database requires of admins (private.is_admin).
  /** Whether the signed-in user has a second factor, and the session's current level. */
  twoFactorState(jar: CookieJar): Promise<TwoFactorState | null>;
  /** A new secret to scan (replaces an unfinished enrollment). */
  startTotpEnrollment(jar: CookieJar): Promise<{ factorId: string; secret: string; uri: string }>;
  /** Proves the new factor with a code; returns single-use recovery codes (shown once). */
  confirmTotpEnrollment(jar: CookieJar, input: { factorId: string; code: string }): Promise<{ recoveryCodes: string[] }>;
  /** A code from the app (or a recovery code) raises this session to aal2. */
  verifySecondFactor(jar: CookieJar, input: { code: string }): Promise<void>;
  /** Turns two-factor off (needs a current code, from an aal2 session). */
  disableTotp(jar: CookieJar, input: { code: string }): Promise<void>;

  // Sign-in with Google / GitHub (Supabase Auth only; the embedded auth has none).
  /** The providers switched on in the auth service: the sign-in page shows a button for each. */
  oauthProviders(): Promise<OAuthProvider[]>;
  /** Where to send the browser to sign in with `provider` (PKCE; the verifier goes in a cookie). */
  startOAuth(jar: CookieJar, input: { provider: OAuthProvider; next: string }): Promise<string>;
  /** Exchanges the code the provider round trip returned for a session. */
  completeOAuth(jar: CookieJar, input: { code: string }): Promise<void>;
}

export type TwoFactorState = { enrolled: boolean; aal: 'aal1' | 'aal2' };

export const OAUTH_PROVIDERS = ['google', 'github'] as const;
export type OAuthProvider = (typeof OAUTH_PROVIDERS)[number];
