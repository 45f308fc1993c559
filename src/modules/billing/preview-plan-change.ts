import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { getPayments } from '@/lib/payments/get-stripe';
import { getBillingProfile } from './get-billing-profile';
import { getEntitlements } from './get-entitlements';
import { listProjects } from '@/modules/projects/list-projects';
import { listReadOnlyProjects } from './list-read-only-projects';
import type { PlanLimits } from './plan-catalogue';
import { getPlan, PURCHASABLE_TIERS, type PurchasableTier, type Tier } from './plans';
import { requireStripe } from './require-stripe';
import { resolvePlanChange } from './resolve-plan-change';

export const previewPlanChangeInput = z.object({ tier: z.enum(PURCHASABLE_TIERS) });

/** Both plans' limits on the same usage (`used` null where the plan only caps, as file size). */
export type LimitChange = {
  resource: 'projects' | 'generations' | 'aiTokens' | 'storageGiB';
  used: number;
  current: number | null;
  next: number | null;
  /** The usage is above the new plan's limit. */
  isOver: boolean;
};

export type PlanChangePreview = {
  fromTier: Tier;
  toTier: PurchasableTier;
  direction: 'upgrade' | 'downgrade';
  /** The moment the proration is priced at; the change must be applied with the same one. */
  prorationDate: number;
  currency: string;
  /** Charged to the card at once for the rest of this period (0 when the change gives credit). */
  dueNowCents: number;
  /** The part of a charge that the account's credit (from an earlier downgrade) pays instead. */
  creditAppliedCents: number;
  /** Credited to the account and taken off the next invoices (0 when the change costs). */
  creditCents: number;
  newMonthlyCents: number;
  nextPeriodStart: Date | null;
  limits: LimitChange[];
  /** The caller's projects that the new plan makes read-only, oldest first stays editable. */
  readOnlyProjects: { id: string; name: string }[];
};

const GIB = 1024 ** 3;

function limitsOf(limits: PlanLimits) {
  return {
    projects: limits.projects,
    generations: limits.generationsPerMonth,
    aiTokens: limits.aiTokensPerMonth,
    storageGiB: limits.storageGiB,
  };
}

/**
 * What a plan change would do, before anything changes (issue 35): the proration Stripe would
 * charge or credit now, priced by Stripe's preview invoice for exactly the items the change would
 * set at a fixed `proration_date` (changePlan applies it with the same date, so what is shown is
 * what is charged), the new monthly price from the next period, the new limits against this
 * period's usage (the plan catalogue and accounts.getEntitlements), and — the database's own rule,
 * asked for the new plan — the projects that would become read-only.
 */
export async function previewPlanChange(
  claims: VerifiedClaims,
  raw: z.input<typeof previewPlanChangeInput>,
  now: () => number = Date.now,
): Promise<PlanChangePreview> {
  const { tier } = previewPlanChangeInput.parse(raw);
  const stripe = requireStripe(getPayments());
  const profile = await getBillingProfile(claims);
  const change = await resolvePlanChange(stripe, profile, tier);
  const prorationDate = Math.floor(now() / 1000);
  const [invoice, entitlements, readOnly] = await Promise.all([
    stripe.invoices.createPreview({
      customer: String(change.subscription.customer),
      subscription: change.subscription.id,
      subscription_details: { items: change.items, proration_date: prorationDate, proration_behavior: 'always_invoice' },
    }),
    getEntitlements(claims),
    listReadOnlyProjects(claims, { ifTier: tier }),
  ]);
  // Only the proration lines are the change's effect (Stripe's recommended filter); with
  // always_invoice they are the whole preview, but a renewal line must never be counted as "now".
  const net = invoice.lines.data
    .filter((line) => line.parent?.subscription_item_details?.proration)
    .reduce((sum, line) => sum + line.amount, 0);

  // Stripe pays a charge from the customer's credit balance first: amount_due is what the card pays.
  const due = net > 0 ? Math.min(net, invoice.amount_due) : 0;

  const used = {
    projects: entitlements.projects.used,
    generations: entitlements.generations.used,
    aiTokens: entitlements.aiTokens.used,
    storageGiB: Math.round((entitlements.storage.used / GIB) * 10) / 10,
  };
  const current = limitsOf(getPlan(change.fromTier).limits);
  const next = limitsOf(getPlan(tier).limits);
  const limits = (['projects', 'generations', 'aiTokens', 'storageGiB'] as const).map((resource) => ({
    resource,
    used: used[resource],
    current: current[resource],
    next: next[resource],
    isOver: next[resource] !== null && used[resource] > next[resource],
  }));

  const names =
    readOnly.size > 0 ? new Map((await listProjects(claims)).map((p) => [p.id, { name: p.name, createdAt: p.createdAt }])) : null;
  const readOnlyProjects = [...readOnly.keys()]
    .map((id) => ({ id, name: names?.get(id)?.name ?? '', createdAt: names?.get(id)?.createdAt ?? new Date(0) }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map(({ id, name }) => ({ id, name }));

  return {
    fromTier: change.fromTier,
    toTier: tier,
    direction: change.direction,
    prorationDate,
    currency: invoice.currency,
    dueNowCents: due,
    creditAppliedCents: net > 0 ? net - due : 0,
    creditCents: Math.max(0, -net),
    newMonthlyCents: getPlan(tier).monthlyCents ?? 0,
    nextPeriodStart: change.nextPeriodStart,
    limits,
    readOnlyProjects,
  };
}
