import { z } from 'zod';
import { addDomainFields } from '@/modules/domains/add-domain-input';
import { DOMAIN_STATUSES } from '@/modules/domains/domain-status';
import { isoDate } from './v1-schemas';

/**
 * The wire shapes of custom domains over /api/v1 (issue 36: add, status, verify), from the
 * domains module's own input fields: the name is checked by addDomain itself (public suffixes,
 * IDN, our own hosts), as for the dashboard's form.
 */
export const addDomainBody = z
  .object({
    domain: addDomainFields.domain.meta({
      description: 'The domain, e.g. `padaria.com.br` or `www.padaria.com.br` (Unicode or punycode).',
    }),
    withWww: z.boolean().optional().meta({ description: 'For an apex: also add `www.<apex>`, which redirects to the primary one.' }),
    primary: addDomainFields.primary.meta({ description: 'Which one is primary when both are added.' }),
  })
  .strict()
  .meta({ id: 'AddDomainRequest' });

/** Checking takes no options. A body, if sent, must be `{}`. */
export const verifyDomainBody = z.object({}).strict().meta({ id: 'VerifyDomainRequest' });

export const domainIdParams = z.object({ id: z.uuid() }).strict();

export const domainSchema = z
  .object({
    id: z.uuid(),
    project_id: z.uuid(),
    name: z.string().meta({ description: 'As people write it (Unicode).' }),
    ascii_name: z.string().meta({ description: 'As DNS writes it (punycode).' }),
    is_apex: z.boolean(),
    is_primary: z.boolean(),
    status: z.enum(DOMAIN_STATUSES).meta({ description: 'waiting (for DNS) → verified → live, or needs_attention.' }),
    is_serving: z.boolean().meta({ description: 'Whether the site answers on this domain now.' }),
    records: z
      .array(
        z.object({
          kind: z.enum(['TXT', 'CNAME', 'A', 'AAAA']),
          purpose: z.enum(['ownership', 'routing']),
          host: z.string(),
          value: z.string(),
        }),
      )
      .meta({ description: 'The DNS records to create at the registrar.' }),
    last_checked_at: isoDate.nullable(),
    verified_at: isoDate.nullable(),
    live_at: isoDate.nullable(),
    created_at: isoDate,
  })
  .meta({ id: 'Domain' });
export type WireDomain = z.infer<typeof domainSchema>;

export const domainListSchema = z.object({ data: z.array(domainSchema) }).meta({ id: 'DomainList' });
