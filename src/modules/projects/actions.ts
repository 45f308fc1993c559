'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { AppError, isAppError } from '@/lib/errors';
import { requireSession } from '@/lib/auth/server-session';
import { createProject } from './create-project';
import { renameProject } from './rename-project';
import { deleteProject } from './delete-project';
import { moveSiteAddress } from '@/modules/host/move-site-address';
import { projectNameSchema, slugSchema, uuidSchema } from './project-input';

export const createProjectAction = defineAction(
  z.object({ name: projectNameSchema, slug: z.union([z.literal(''), slugSchema]).optional() }),
  async (input) => {
    const session = await requireSession();
    const project = await createProject(session.claims, { name: input.name, slug: input.slug || undefined });
    revalidatePath('/dashboard');
    return { id: project.id, slug: project.slug };
  },
);

export const renameProjectAction = defineAction(z.object({ projectId: uuidSchema, name: projectNameSchema, slug: z.union([z.literal(''), slugSchema]).optional() }), async (input) => {
  const session = await requireSession();
  const project = await renameProject(session.claims, { projectId: input.projectId, name: input.name, slug: input.slug || undefined }).catch((err: unknown) => {
    if (isAppError(err) && err.code === 'CONFLICT') throw new AppError('CONFLICT', 'That address is taken. Try another.', { field: 'slug' });
    throw err;
  });
  await moveSiteAddress(session.claims, project);
  revalidatePath('/dashboard');
  return { id: input.projectId };
});

export const deleteProjectAction = defineAction(z.object({ projectId: uuidSchema }), async (input) => {
  const session = await requireSession();
  await deleteProject(session.claims, input);
  revalidatePath('/dashboard');
  return { id: input.projectId };
});
