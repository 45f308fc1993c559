import { createHash } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import { getEnv } from '@/lib/env';
import type { FailureRule } from '@/lib/ratelimit/types';
import { beginGuardedAttempt, settleGuardedAttempt, type GuardedAttempt } from './guarded-attempts';

/**
 * Sign-in limits count wrong passwords, never sign-ins: an office behind one address signs in all
 * day. Three budgets, so that guessing is bounded without handing anyone a way to lock the owner
 * out:
 *  - `accountFromIp`, one account from one network: typos are free five times, then each wrong
 *    password makes the next try wait twice as long (1, 2, 4 … 30 minutes). An attacker there
 *    slows only themselves, and whoever shares their address.
 *  - `ip`, one network across accounts: password spraying. Room for an office's typos.
 *  - `account`, one account from everywhere: a botnet guessing one password. When it trips, a
 *    network that has not failed for the account still gets to try (so the owner at home or on
 *    their phone still gets in), once: its first failure makes it one of the limited ones. So a
 *    botnet gets one guess per address a day on top of the budget, and the owner is never locked
 *    out — and the emailed sign-in link works throughout (it is not a password attempt).
 * Shared budgets (`ip`, `account`) grow with RATE_LIMIT_SCALE (the e2e suite is one address
 * standing for many people); `accountFromIp` is one person in one place whatever the scale.
 */
export const SIGN_IN_FAILURES = {
  accountFromIp: { free: 5, windowSeconds: 24 * 60 * 60, baseDelaySeconds: 60, maxDelaySeconds: 30 * 60 },
  ip: { free: 30, windowSeconds: 60 * 60, baseDelaySeconds: 60, maxDelaySeconds: 30 * 60 },
  account: { free: 50, windowSeconds: 60 * 60, baseDelaySeconds: 60, maxDelaySeconds: 15 * 60 },
} satisfies Record<string, FailureRule>;

export type SignInLimit = keyof typeof SIGN_IN_FAILURES;

const MESSAGE = {
  accountFromIp: 'errors.auth.signInLimitedAccountFromIp',
  ip: 'errors.auth.signInLimitedIp',
  account: 'errors.auth.signInLimitedAccount',
} as const;

/** An attempt under way: its reservations in each budget, to settle once the password is judged. */
export type SignInAttempt = GuardedAttempt<SignInLimit>;

/**
 * The network an address stands for: an IPv4 address itself, an IPv6 address's /64 (one host
 * commonly holds a whole /64, so single IPv6 addresses would be free to rotate).
 */
export function networkOf(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((p) => p.toString(16)).join(':')}::/64`;
}

// Keys name accounts by a hash: the limiter's store (Redis) need not hold anyone's address.
const accountId = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);

function ruleFor(limit: SignInLimit): FailureRule {
  const rule = SIGN_IN_FAILURES[limit];
  return limit === 'accountFromIp' ? rule : { ...rule, free: rule.free * getEnv().RATE_LIMIT_SCALE };
}

/**
 * Admits one password attempt or throws RATE_LIMITED saying why and until when. An admitted
 * attempt counts as a failure in every budget until `settleSignInAttempt` says otherwise.
 */
export async function beginSignInAttempt(input: { email: string; ip: string }): Promise<SignInAttempt> {
  const account = accountId(input.email);
  const network = networkOf(input.ip);
  return beginGuardedAttempt<SignInLimit>({
    limits: [
      {
        name: 'accountFromIp',
        key: `signIn:accountFromIp:${account}:${network}`,
        rule: ruleFor('accountFromIp'),
        message: MESSAGE.accountFromIp,
      },
      { name: 'ip', key: `signIn:ip:${network}`, rule: ruleFor('ip'), message: MESSAGE.ip },
    ],
    account: { name: 'account', key: `signIn:account:${account}`, rule: ruleFor('account'), message: MESSAGE.account },
    clean: 'accountFromIp',
  });
}

/**
 * What the password turned out to be. A wrong one stays counted; a right one counts nowhere and
 * clears this network's failures for the account; anything else (a suspended account, the auth
 * service down) judged nothing, so it is taken back.
 */
export async function settleSignInAttempt(attempt: SignInAttempt, outcome: 'wrong-password' | 'signed-in' | 'undecided'): Promise<void> {
  await settleGuardedAttempt(attempt, outcome === 'wrong-password' ? 'failed' : outcome === 'signed-in' ? 'succeeded' : 'undecided');
}
