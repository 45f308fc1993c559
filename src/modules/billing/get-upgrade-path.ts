import { z } from 'zod';
import { getPayments, type Payments } from '@/lib/payments/get-stripe';
import { PURCHASABLE_TIERS, type PurchasableTier } from './plans';

/**
 * The limits a person can hit, named as the database's tier-limit errors name them
 * (`tier_limit:<resource>`), plus `plan` for an upgrade that is about no one limit.
 */
export const UPGRADE_LIMITS = [
  'plan',
  'projects',
  'generations',
  'ai_tokens',
  'domains',
  'storage',
  'file_size',
  'team_members',
  'tickets',
  'performance_pages',
] as const;
export type UpgradeLimit = (typeof UPGRADE_LIMITS)[number];

/** Where "Upgrade" leads: Checkout on the Billing page, or — without payments — a request to the agency. */
export type UpgradeMode = 'checkout' | 'ask-agency';
export type UpgradePath = { mode: UpgradeMode; href: string };

export const upgradeLimitSchema = z.enum(UPGRADE_LIMITS);

/**
 * Without Stripe keys (the embedded default) nobody can buy a plan here: the agency sets plans by
 * hand, so every upgrade becomes a request to the agency instead of a page with nothing to press.
 */
export function getUpgradeMode(payments: Payments = getPayments()): UpgradeMode {
  return payments.kind === 'stripe' ? 'checkout' : 'ask-agency';
}

/**
 * The one place that says where an upgrade for `limit` goes. Asking the agency opens the ticket
 * form prefilled with the plan and the limit (the tickets page reads `upgrade` and `tier`).
 */
export function upgradePathFor(mode: UpgradeMode, limit: UpgradeLimit, tier?: PurchasableTier): UpgradePath {
  if (mode === 'checkout') return { mode, href: '/dashboard/billing' };
  const query = new URLSearchParams({ upgrade: limit });
  if (tier) query.set('tier', tier);
  return { mode, href: `/dashboard/tickets?${query.toString()}#new-ticket` };
}

/** A limit named by an error's details or a URL, or null when it names none we know. */
export function parseUpgradeLimit(value: unknown): UpgradeLimit | null {
  const parsed = upgradeLimitSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A plan someone may ask for, from a URL, or undefined. */
export function parsePurchasableTier(value: unknown): PurchasableTier | undefined {
  return (PURCHASABLE_TIERS as readonly unknown[]).includes(value) ? (value as PurchasableTier) : undefined;
}
