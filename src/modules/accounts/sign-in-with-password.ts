import type { CookieJar } from '@/lib/auth/cookie-jar';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import { isAppError } from '@/lib/errors';
import { getLandingPath } from './get-landing-path';
import { beginSignInAttempt, settleSignInAttempt } from './sign-in-attempts';

export type SignInWithPasswordInput = { email: string; password: string; ip: string };

/**
 * Password sign-in under the sign-in limits (sign-in-attempts.ts): the attempt is admitted or
 * refused before the password is checked, and only a wrong password stays counted. Starts the
 * session in `jar` and says where the person lands when they asked for no page.
 */
export async function signInWithPassword(jar: CookieJar, input: SignInWithPasswordInput): Promise<{ landing: '/admin' | '/dashboard' }> {
  const attempt = await beginSignInAttempt({ email: input.email, ip: input.ip });
  const adapter = getAuthAdapter();
  try {
    await adapter.signInWithPassword(jar, { email: input.email, password: input.password });
  } catch (err) {
    await settleSignInAttempt(attempt, isAppError(err) && err.code === 'INVALID_CREDENTIALS' ? 'wrong-password' : 'undecided');
    throw err;
  }
  await settleSignInAttempt(attempt, 'signed-in');
  const claims = await adapter.getClaims(jar);
  return { landing: claims ? await getLandingPath(claims) : '/dashboard' };
}
