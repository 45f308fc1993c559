'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { requireSession } from '@/modules/accounts/server-session';
import { createWebhookEndpoint } from './create-webhook-endpoint';
import { deleteWebhookEndpoint } from './delete-webhook-endpoint';
import { webhookEventTypeSchema } from './event-catalogue';
import { regenerateWebhookSecret } from './regenerate-webhook-secret';
import { resendWebhookMessage } from './resend-webhook-message';
import { sendTestWebhook } from './send-test-webhook';
import { updateWebhookEndpoint } from './update-webhook-endpoint';

const PAGE = '/dashboard/webhooks';
const id = z.uuid();

/** The add form: `url`, `description`, and one `eventTypes[]` checkbox per event. */
export const createWebhookEndpointAction = defineAction(
  'createWebhookEndpointAction',
  z.object({
    url: z.string().trim().min(1).max(2000),
    description: z.string().trim().max(200).optional(),
    eventTypes: z.array(webhookEventTypeSchema).min(1).max(20),
  }),
  async (input) => {
    const session = await requireSession();
    const { endpoint, secret } = await createWebhookEndpoint(session.claims, { ...input, description: input.description ?? '' });
    revalidatePath(PAGE);
    return { id: endpoint.id, secret };
  },
);

export const setWebhookEndpointEnabledAction = defineAction(
  'setWebhookEndpointEnabledAction',
  z.object({ id, isEnabled: z.boolean() }),
  async (input) => {
    const session = await requireSession();
    await updateWebhookEndpoint(session.claims, input);
    revalidatePath(PAGE);
    return { id: input.id };
  },
);

export const deleteWebhookEndpointAction = defineAction('deleteWebhookEndpointAction', z.object({ id }), async (input) => {
  const session = await requireSession();
  await deleteWebhookEndpoint(session.claims, input);
  revalidatePath(PAGE);
  return { id: input.id };
});

export const regenerateWebhookSecretAction = defineAction('regenerateWebhookSecretAction', z.object({ id }), async (input) => {
  const session = await requireSession();
  const { secret } = await regenerateWebhookSecret(session.claims, input);
  revalidatePath(PAGE);
  return { secret };
});

export const sendTestWebhookAction = defineAction('sendTestWebhookAction', z.object({ endpointId: id }), async (input) => {
  const session = await requireSession();
  const result = await sendTestWebhook(session.claims, input);
  revalidatePath(PAGE);
  return result;
});

export const resendWebhookMessageAction = defineAction(
  'resendWebhookMessageAction',
  z.object({ endpointId: id, messageId: z.string().regex(/^msg_[A-Za-z0-9]{10,64}$/) }),
  async (input) => {
    const session = await requireSession();
    await resendWebhookMessage(session.claims, input);
    revalidatePath(PAGE);
    return { messageId: input.messageId };
  },
);
