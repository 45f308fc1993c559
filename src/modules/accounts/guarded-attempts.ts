import { AppError } from '@/lib/errors';
import type { ErrorKey } from '@/lib/i18n/error-key';
import { getRateLimiter } from '@/lib/ratelimit/get-rate-limiter';
import type { FailureRule } from '@/lib/ratelimit/types';

type Budget<Name extends string> = { name: Name; key: string; rule: FailureRule; message: ErrorKey };

/**
 * Failure budgets for a secret someone guesses (a password, a second-factor code), shaped so that
 * guessing is bounded without handing the guesser a way to lock the owner out:
 *  - `limits`: budgets that must all have room — e.g. one account from one network (the budget an
 *    attacker spends on themselves: free tries, then each failure doubles the wait), one network
 *    across accounts (spraying), one session.
 *  - `account`: the subject from everywhere — a botnet. When it is spent, a network that has not
 *    failed for this subject (`clean`, one of `limits`, had no failures before this attempt) still
 *    gets to try, once: its first failure makes it a limited one. That is how the owner gets past
 *    an attack.
 * Every admitted attempt counts as a failure in every budget until it is settled, so parallel
 * attempts cannot all slip past a budget. A success clears the `clean` budget's failures.
 */
export type GuardedAttempt<Name extends string = string> = {
  keys: Record<Name, string>;
  tokens: Partial<Record<Name, string>>;
  clean: Name;
};

function limited(budget: Budget<string>, retryAt: number): AppError {
  const seconds = Math.max(1, Math.ceil((retryAt - Date.now()) / 1000));
  return new AppError('RATE_LIMITED', budget.message, {
    values: { minutes: Math.ceil(seconds / 60) },
    details: { reason: budget.name, retryAt, retryAfterSeconds: seconds },
  });
}

/** Admits one attempt or throws RATE_LIMITED naming the budget that is spent and until when. */
export async function beginGuardedAttempt<Name extends string>(budgets: {
  limits: Budget<Name>[];
  account: Budget<Name>;
  clean: Name;
}): Promise<GuardedAttempt<Name>> {
  const limiter = await getRateLimiter();
  const all = [...budgets.limits, budgets.account];
  const attempt: GuardedAttempt<Name> = {
    keys: Object.fromEntries(all.map((b) => [b.name, b.key])) as Record<Name, string>,
    tokens: {},
    clean: budgets.clean,
  };
  let cleanPriorFailures = 0;
  for (const budget of budgets.limits) {
    const reservation = await limiter.reserveAttempt(budget.key, budget.rule);
    if (!reservation.allowed) {
      await settleGuardedAttempt(attempt, 'undecided');
      throw limited(budget, reservation.retryAt);
    }
    attempt.tokens[budget.name] = reservation.token;
    if (budget.name === budgets.clean) cleanPriorFailures = reservation.priorFailures;
  }
  const whole = await limiter.reserveAttempt(budgets.account.key, budgets.account.rule);
  if (whole.allowed) attempt.tokens[budgets.account.name] = whole.token;
  // A network with no failures for this subject (none before this attempt, none in flight) may
  // try although the account's budget is spent: that is how the owner gets past an attack.
  else if (cleanPriorFailures > 0) {
    await settleGuardedAttempt(attempt, 'undecided');
    throw limited(budgets.account, whole.retryAt);
  }
  return attempt;
}

/**
 * What the guess turned out to be. A failed one stays counted; a right one counts nowhere and
 * clears the clean budget's earlier failures (the owner's own typos); anything else (the service
 * down, a suspended account) judged nothing, so it is taken back.
 */
export async function settleGuardedAttempt(attempt: GuardedAttempt, outcome: 'failed' | 'succeeded' | 'undecided'): Promise<void> {
  if (outcome === 'failed') return;
  const limiter = await getRateLimiter();
  await Promise.all(
    Object.entries(attempt.tokens).map(([name, token]) =>
      outcome === 'succeeded' && name === attempt.clean
        ? limiter.resetAttempts(attempt.keys[name]!)
        : limiter.releaseAttempt(attempt.keys[name]!, token as string),
    ),
  );
}
