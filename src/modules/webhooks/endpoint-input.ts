import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { webhookEventTypeSchema } from './event-catalogue';
import type { webhookEndpoints } from './schema';

/** What the owner sends to add or change an endpoint; unknown fields are refused. */
export const endpointFieldsSchema = z.strictObject({
  url: z.string().trim().min(10).max(2000),
  description: z.string().trim().max(200).default(''),
  eventTypes: z
    .array(webhookEventTypeSchema)
    .min(1)
    .max(20)
    .transform((types) => [...new Set(types)]),
});

/** What the owner sees of an endpoint (never the secret, which is shown once). */
export type WebhookEndpoint = {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  isEnabled: boolean;
  disabledReason: 'owner' | 'failing' | null;
  failureStreak: number;
  failingSince: Date | null;
  secretHint: string;
  createdAt: Date;
};

export function toWebhookEndpoint(row: typeof webhookEndpoints.$inferSelect): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes,
    isEnabled: row.isEnabled,
    disabledReason: row.disabledReason ?? null,
    failureStreak: row.failureStreak,
    failingSince: row.failingSince,
    secretHint: row.secretHint,
    createdAt: row.createdAt,
  };
}

/**
 * A Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64 (the spec allows
 * 24–64 bytes). The hint is what the owner sees later to tell secrets apart.
 */
export function newSigningSecret(): { secret: string; hint: string } {
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  return { secret, hint: `${secret.slice(0, 10)}…` }; // as private.set_webhook_endpoint_secret writes it
}
