import { z } from 'zod';
import { errorKey } from '@/lib/i18n/error-key';
import { parseBrazilianTaxId } from './parse-brazilian-tax-id';
import { PURCHASABLE_TIERS } from './plans';

/**
 * How a client pays for a plan. Stripe offers a Brazilian account, in BRL, cards and boleto for
 * subscriptions; Pix only for one-time payments (recurring Pix, Pix Automático, is not available
 * to Stripe accounts in Brazil), so Pix is not a choice here — the page says so.
 */
export const PAYMENT_METHODS = ['card', 'boleto'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * The upgrade form: plan, payment method and CPF/CNPJ (the customer's tax ID on Stripe, printed on
 * every invoice and read by NFS-e issuing). A boleto cannot be issued without one; with a card it
 * is optional, and checked the same way when given.
 */
export const upgradeInput = z
  .object({
    tier: z.enum(PURCHASABLE_TIERS),
    method: z.enum(PAYMENT_METHODS).default('card'),
    taxId: z.string().trim().max(40).default(''),
  })
  .transform((input, ctx) => {
    if (!input.taxId) {
      if (input.method === 'boleto') ctx.addIssue({ code: 'custom', path: ['taxId'], message: errorKey('errors.billing.taxIdRequired') });
      return { ...input, taxId: null };
    }
    const taxId = parseBrazilianTaxId(input.taxId);
    if (!taxId) {
      ctx.addIssue({ code: 'custom', path: ['taxId'], message: errorKey('errors.billing.taxIdInvalid') });
      return z.NEVER;
    }
    return { ...input, taxId };
  });

export type UpgradeInput = z.output<typeof upgradeInput>;
