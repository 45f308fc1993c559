import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { listDomains } from '@/modules/domains/list-domains';
import { getProject } from '@/modules/projects/get-project';
import type { domainListSchema } from './v1-domain-schemas';
import { toWireDomain } from './wire-domain';

/**
 * GET /api/v1/projects/{id}/domains: the project's domains and their status (domains.listDomains,
 * under RLS). The project is looked up first so another account's project is a 404, as on every
 * project route, rather than an empty list that would not say "not yours".
 */
export async function listV1Domains(claims: VerifiedClaims, projectId: string): Promise<z.infer<typeof domainListSchema>> {
  if (!(await getProject(claims, { projectId }))) throw new AppError('NOT_FOUND', 'errors.common.notFound');
  const now = new Date();
  return { data: (await listDomains(claims, { projectId })).map((row) => toWireDomain(row, now)) };
}
