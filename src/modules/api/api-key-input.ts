import { z } from 'zod';
import { errorKey } from '@/lib/i18n/error-key';
import { apiScopeSchema } from './api-scopes';

/** The expiries the settings page offers (days); null = never. */
export const API_KEY_EXPIRY_DAYS = [30, 90, 365] as const;

export const createApiKeyInput = z
  .object({
    name: z.string().trim().min(1, errorKey('errors.common.checkForm')).max(100, errorKey('errors.common.checkForm')),
    scopes: z
      .array(apiScopeSchema)
      .min(1, errorKey('errors.common.checkForm'))
      .transform((scopes) => [...new Set(scopes)]),
    expiresInDays: z
      .number()
      .int()
      .refine((d) => (API_KEY_EXPIRY_DAYS as readonly number[]).includes(d), errorKey('errors.common.checkForm'))
      .nullable(),
    /** Restrict the key to one of the owner's projects; left out or null: every project. */
    projectId: z.uuid(errorKey('errors.common.checkForm')).nullable().optional(),
  })
  .strict();
export type CreateApiKeyInput = z.input<typeof createApiKeyInput>;

export const revokeApiKeyInput = z.object({ keyId: z.uuid() }).strict();
export type RevokeApiKeyInput = z.input<typeof revokeApiKeyInput>;
