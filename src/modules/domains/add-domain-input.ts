import { z } from 'zod';
import { errorKey } from '@/lib/i18n/error-key';

/**
 * The fields of "add a domain" that every caller parses alike: the dashboard's form action and
 * the public API (api/add-v1-domain.ts). Only the shape: the full check of the name (public
 * suffixes, IDN, our own hosts) is normalizeDomainName's, in addDomain, for every caller.
 */
export const addDomainFields = {
  projectId: z.uuid(),
  domain: z.string().trim().min(1, errorKey('errors.domains.invalid')).max(300, errorKey('errors.domains.invalid')),
  primary: z.enum(['apex', 'www']).optional(),
};
