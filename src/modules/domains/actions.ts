'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { requireSession } from '@/modules/accounts/server-session';
import { addDomain } from './add-domain';
import { addDomainFields } from './add-domain-input';
import { removeDomain } from './remove-domain';
import { setPrimaryDomain } from './set-primary-domain';
import { verifyDomain } from './verify-domain';

const PAGE = '/dashboard/domains';
// Agency admins re-check and remove from their own page (their session reads every domain; RLS lets them remove).
const ADMIN_PAGE = '/admin/domains';
const domainId = z.object({ domainId: z.uuid() });

export const addDomainAction = defineAction(
  'addDomainAction',
  z.object({
    ...addDomainFields,
    // A form checkbox; the API sends a boolean.
    withWww: z.enum(['on', 'true']).optional(),
  }),
  async (input) => {
    const session = await requireSession();
    const rows = await addDomain(session.claims, {
      projectId: input.projectId,
      domain: input.domain,
      withWww: Boolean(input.withWww),
      primary: input.primary,
    });
    revalidatePath(PAGE);
    return { names: rows.map((r) => r.displayName) };
  },
);

export const verifyDomainAction = defineAction('verifyDomainAction', domainId, async (input) => {
  const session = await requireSession();
  const domain = await verifyDomain(session.claims, input);
  revalidatePath(PAGE);
  revalidatePath(ADMIN_PAGE);
  return { status: domain.status };
});

export const setPrimaryDomainAction = defineAction('setPrimaryDomainAction', domainId, async (input) => {
  const session = await requireSession();
  await setPrimaryDomain(session.claims, input);
  revalidatePath(PAGE);
  return { domainId: input.domainId };
});

export const removeDomainAction = defineAction('removeDomainAction', domainId, async (input) => {
  const session = await requireSession();
  const { name } = await removeDomain(session.claims, input);
  revalidatePath(PAGE);
  revalidatePath(ADMIN_PAGE);
  return { name };
});
