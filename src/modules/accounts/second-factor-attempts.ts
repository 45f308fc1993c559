import { isAppError } from '@/lib/errors';
import type { FailureRule } from '@/lib/ratelimit/types';
import { beginGuardedAttempt, settleGuardedAttempt } from './guarded-attempts';
import { networkOf } from './sign-in-attempts';

/**
 * Second-factor codes count wrong codes, never right ones, and are keyed so that someone who has
 * the password cannot keep the owner from finishing sign-in (a limit per account alone let them
 * spend it and lock the owner out):
 *  - `session`: this sign-in's session — five free tries, then each wrong code doubles the wait.
 *    The attacker's sessions are not the owner's.
 *  - `accountFromIp`: the account from one network, looser — signing in again for a fresh session
 *    does not buy more guesses from the same place.
 *  - `account`: the account from everywhere. When it is spent, a network with no wrong codes for
 *    the account still gets to try, once (the owner on their own network gets in).
 * Six digits with a ±30 s window are 3 in a million per guess; one network gets ~35 guesses a day.
 */
export const SECOND_FACTOR_FAILURES = {
  session: { free: 5, windowSeconds: 24 * 60 * 60, baseDelaySeconds: 60, maxDelaySeconds: 30 * 60 },
  accountFromIp: { free: 10, windowSeconds: 24 * 60 * 60, baseDelaySeconds: 60, maxDelaySeconds: 60 * 60 },
  account: { free: 30, windowSeconds: 60 * 60, baseDelaySeconds: 60, maxDelaySeconds: 15 * 60 },
} satisfies Record<string, FailureRule>;

type SecondFactorLimit = keyof typeof SECOND_FACTOR_FAILURES;

/**
 * Runs one code check (`check` throws INVALID_CREDENTIALS for a wrong code) under the limits:
 * refused with RATE_LIMITED before the code is looked at when a budget is spent.
 */
export async function withSecondFactorAttempt<T>(
  who: { userId: string; sessionId: string | undefined; ip: string },
  check: () => Promise<T>,
): Promise<T> {
  const network = networkOf(who.ip);
  const session = who.sessionId ?? 'no-session';
  const attempt = await beginGuardedAttempt<SecondFactorLimit>({
    limits: [
      {
        name: 'session',
        key: `twoFactor:session:${who.userId}:${session}`,
        rule: SECOND_FACTOR_FAILURES.session,
        message: 'errors.auth.twoFactorLimitedSession',
      },
      {
        name: 'accountFromIp',
        key: `twoFactor:accountFromIp:${who.userId}:${network}`,
        rule: SECOND_FACTOR_FAILURES.accountFromIp,
        message: 'errors.auth.twoFactorLimitedAccountFromIp',
      },
    ],
    account: {
      name: 'account',
      key: `twoFactor:account:${who.userId}`,
      rule: SECOND_FACTOR_FAILURES.account,
      message: 'errors.auth.twoFactorLimitedAccount',
    },
    clean: 'accountFromIp',
  });
  try {
    const result = await check();
    await settleGuardedAttempt(attempt, 'succeeded');
    return result;
  } catch (error) {
    await settleGuardedAttempt(attempt, isAppError(error) && error.code === 'INVALID_CREDENTIALS' ? 'failed' : 'undecided');
    throw error;
  }
}
