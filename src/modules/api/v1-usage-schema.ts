import { z } from 'zod';
import { isoDate } from './v1-schemas';

/** The wire shape of GET /api/v1/usage: billing's entitlements (the same figures the quotas enforce), snake_case. */

const limit = z.number().int().nonnegative().nullable().meta({ description: 'The plan’s limit; null: unlimited.' });

export const quotaSchema = z
  .object({
    used: z.number().nonnegative(),
    limit,
    remaining: z.number().nonnegative().nullable().meta({ description: 'What is left this period; null: unlimited.' }),
    is_at_limit: z.boolean(),
  })
  .meta({ id: 'Quota' });

export const usageSchema = z
  .object({
    tier: z.enum(['free', 'basic', 'pro', 'enterprise']),
    subscription_status: z.string().meta({ description: 'none, trialing, active, past_due, canceled, unpaid or incomplete.' }),
    can_publish: z.boolean().meta({ description: 'False while payment is past due or unpaid (live sites keep serving).' }),
    period: z.object({ start: isoDate, end: isoDate }).meta({ description: 'The usage period the monthly quotas count in.' }),
    quotas: z.object({
      projects: quotaSchema,
      generations: quotaSchema,
      ai_tokens: quotaSchema,
      storage_bytes: quotaSchema,
    }),
    limits: z.object({
      domains: limit,
      file_bytes: limit,
      team_members: limit,
      tickets_per_month: limit,
    }),
    usage: z.object({
      bandwidth_bytes: z.number().nonnegative(),
      container_hours: z.number().nonnegative(),
    }),
  })
  .meta({ id: 'Usage' });
