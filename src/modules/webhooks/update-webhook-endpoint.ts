import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { checkWebhookUrlForm, type WebhookUrlOptions } from './check-webhook-url';
import { endpointFieldsSchema, toWebhookEndpoint, type WebhookEndpoint } from './endpoint-input';
import { webhookEndpoints } from './schema';

// Not `endpointFieldsSchema.partial()`: its description default ('') would blank a description
// whenever a change does not send one (switching an endpoint off).
export const updateWebhookEndpointSchema = z.strictObject({
  id: z.uuid(),
  url: endpointFieldsSchema.shape.url.optional(),
  description: z.string().trim().max(200).optional(),
  eventTypes: endpointFieldsSchema.shape.eventTypes.optional(),
  /** Switch it on or off by hand. Switching on clears a failure streak: the owner fixed the receiver. */
  isEnabled: z.boolean().optional(),
});
export type UpdateWebhookEndpointInput = z.input<typeof updateWebhookEndpointSchema>;

/** Changes one of the caller's endpoints. Another account's endpoint is "not found" (RLS hides it). */
export async function updateWebhookEndpoint(
  claims: VerifiedClaims,
  input: UpdateWebhookEndpointInput,
  options: WebhookUrlOptions = {},
): Promise<WebhookEndpoint> {
  const parsed = updateWebhookEndpointSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION', 'errors.webhooks.invalidEndpoint');
  const { id, url, description, eventTypes, isEnabled } = parsed.data;
  const checkedUrl = url === undefined ? undefined : await checkWebhookUrlForm(url, options);
  return withRls(claims, async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        ...(checkedUrl !== undefined ? { url: checkedUrl } : {}),
        ...(description !== undefined ? { description } : {}),
        ...(eventTypes !== undefined ? { eventTypes } : {}),
        ...(isEnabled !== undefined ? { isEnabled, disabledReason: isEnabled ? null : ('owner' as const) } : {}),
        updatedAt: new Date(),
      })
      .where(eq(webhookEndpoints.id, id))
      .returning();
    if (!row) throw new AppError('NOT_FOUND', 'errors.webhooks.notFound');
    return toWebhookEndpoint(row);
  });
}
