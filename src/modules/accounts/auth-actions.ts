'use server';

import { z } from 'zod';
import { redirect } from 'next/navigation';
import { cookies } from 'next/headers';
import { eq } from 'drizzle-orm';
import { defineAction } from '@/lib/actions/define-action';
import { errorKey } from '@/lib/i18n/error-key';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import { requestCookieJar, getSession } from '@/modules/accounts/server-session';
import { safeNext } from '@/lib/auth/safe-next';
import { COOKIE } from '@/lib/auth/cookie-jar';
import { enforceRateLimit } from '@/lib/ratelimit/enforce-rate-limit';
import { requestIp } from '@/lib/request-ip';
import { getLocale } from '@/lib/i18n/server-locale';
import { LOCALES } from '@/lib/i18n/translate';
import { withRls } from '@/lib/db/with-rls';
import { userProfiles } from './schema';
import { signInWithPassword } from './sign-in-with-password';
import { signOut } from './sign-out';
import { displayNameSchema } from './set-display-name';

const email = z
  .email({ error: errorKey('errors.auth.emailInvalid') })
  .trim()
  .toLowerCase()
  .max(254);
const password = z.string().min(8, errorKey('errors.auth.passwordTooShort')).max(200, errorKey('errors.auth.passwordTooLong'));

export const signUpAction = defineAction(
  'signUpAction',
  z.object({ email, password, displayName: displayNameSchema.optional(), next: z.string().optional() }),
  async (input) => {
    await enforceRateLimit('signUp', await requestIp());
    const adapter = getAuthAdapter();
    const result = await adapter.signUp(await requestCookieJar(), {
      email: input.email,
      password: input.password,
      displayName: input.displayName ?? undefined,
      locale: await getLocale(),
      next: safeNext(input.next, '/dashboard'),
    });
    if (result.status === 'signed_in') redirect(safeNext(input.next));
    return { status: result.status, email: input.email, isLocalOutbox: adapter.kind === 'local' };
  },
);

export const signInAction = defineAction(
  'signInAction',
  z.object({ email, password: z.string().min(1, errorKey('errors.auth.passwordRequired')).max(200), next: z.string().optional() }),
  async (input) => {
    // Limited by wrong passwords per account and network, per network and per account (see sign-in-attempts.ts).
    const { landing } = await signInWithPassword(await requestCookieJar(), {
      email: input.email,
      password: input.password,
      ip: await requestIp(),
    });
    // A page asked for wins; otherwise admins land in the admin area.
    redirect(input.next ? safeNext(input.next, landing) : landing);
  },
);

export const magicLinkAction = defineAction('magicLinkAction', z.object({ email, next: z.string().optional() }), async (input) => {
  await enforceRateLimit('magicLink', `ip:${await requestIp()}`);
  await enforceRateLimit('magicLink', `email:${input.email}`);
  const adapter = getAuthAdapter();
  await adapter.requestMagicLink({ email: input.email, next: safeNext(input.next), locale: await getLocale() });
  return { email: input.email, isLocalOutbox: adapter.kind === 'local' };
});

export const forgotPasswordAction = defineAction('forgotPasswordAction', z.object({ email }), async (input) => {
  await enforceRateLimit('passwordReset', `ip:${await requestIp()}`);
  await enforceRateLimit('passwordReset', `email:${input.email}`);
  await getAuthAdapter().requestPasswordReset({ email: input.email, locale: await getLocale() });
  return { email: input.email };
});

export const resetPasswordAction = defineAction('resetPasswordAction', z.object({ password }), async (input) => {
  await getAuthAdapter().updatePassword(await requestCookieJar(), { password: input.password });
  redirect('/dashboard');
});

/** Sign out; while impersonating, the impersonation is ended (and audited) first (see sign-out.ts). */
export async function signOutAction(): Promise<void> {
  await signOut(await requestCookieJar());
  redirect('/');
}

export const setLocaleAction = defineAction(
  'setLocaleAction',
  z.object({ locale: z.enum(LOCALES), next: z.string().optional() }),
  async (input) => {
    (await cookies()).set(COOKIE.locale, input.locale, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
    const session = await getSession();
    // Remember the choice on the profile too (used for emails); not while impersonating.
    if (session && !session.impersonation) {
      await withRls(session.claims, (tx) =>
        tx.update(userProfiles).set({ locale: input.locale }).where(eq(userProfiles.id, session.userId)),
      );
    }
    redirect(safeNext(input.next, '/'));
  },
);
