'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { errorKey } from '@/lib/i18n/error-key';
import { requireSession } from '@/modules/accounts/server-session';
import { requestPublish } from './request-publish';
import { rollbackDeployment } from './rollback-deployment';
import { setSiteLeadsToCrm } from './set-site-leads-to-crm';
import { unpublishProject } from './unpublish-project';

const projectId = z.uuid({ error: errorKey('errors.projects.unknown') });

export const publishAction = defineAction('publishAction', z.object({ projectId }), async (input) => {
  const session = await requireSession();
  const deployment = await requestPublish(session.claims, input);
  revalidatePath(`/dashboard/projects/${input.projectId}`);
  return deployment;
});

export const rollbackAction = defineAction('rollbackAction', z.object({ projectId, deploymentId: z.uuid() }), async (input) => {
  const session = await requireSession();
  await rollbackDeployment(session.claims, input);
  revalidatePath(`/dashboard/projects/${input.projectId}`);
  return { deploymentId: input.deploymentId };
});

export const unpublishAction = defineAction('unpublishAction', z.object({ projectId }), async (input) => {
  const session = await requireSession();
  await unpublishProject(session.claims, input);
  revalidatePath(`/dashboard/projects/${input.projectId}`);
  return { projectId: input.projectId };
});

export const setSiteLeadsToCrmAction = defineAction(
  'setSiteLeadsToCrmAction',
  z.object({ projectId, leadsToCrm: z.boolean() }),
  async (input) => {
    const session = await requireSession();
    const routing = await setSiteLeadsToCrm(session.claims, input);
    revalidatePath(`/dashboard/projects/${input.projectId}`);
    return routing;
  },
);
