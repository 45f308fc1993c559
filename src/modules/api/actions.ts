'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { requireSession } from '@/modules/accounts/server-session';
import { apiScopeSchema } from './api-scopes';
import { createApiKey } from './create-api-key';
import { revokeApiKey } from './revoke-api-key';

const API_KEYS_PAGE = '/dashboard/account/api-keys';

/** The settings form: checkboxes `scopes[]`, an expiry from a select ("never" or a number of days). */
const createForm = z.object({
  name: z.string(),
  scopes: z.array(apiScopeSchema).default([]),
  expires: z.enum(['never', '30', '90', '365']),
  /** '' = every project; else one of the caller's projects (RLS refuses any other). */
  project: z.union([z.literal(''), z.uuid()]).default(''),
});

export const createApiKeyAction = defineAction('createApiKeyAction', createForm, async (input) => {
  const session = await requireSession();
  const created = await createApiKey(session.claims, {
    name: input.name,
    scopes: input.scopes,
    expiresInDays: input.expires === 'never' ? null : Number(input.expires),
    projectId: input.project === '' ? null : input.project,
  });
  revalidatePath(API_KEYS_PAGE);
  // The only time the secret leaves the server: the page shows it once.
  return { id: created.id, name: created.name, key: created.key };
});

export const revokeApiKeyAction = defineAction('revokeApiKeyAction', z.object({ keyId: z.uuid() }), async (input) => {
  const session = await requireSession();
  await revokeApiKey(session.claims, input);
  revalidatePath(API_KEYS_PAGE);
  return { keyId: input.keyId };
});
