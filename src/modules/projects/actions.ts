'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { AppError, isAppError } from '@/lib/errors';
import { requireSession } from '@/modules/accounts/server-session';
import { createProject } from './create-project';
import { renameProject } from './rename-project';
import { deleteProject } from './delete-project';
import { projectNameSchema, slugSchema, uuidSchema } from './project-input';
import { acceptInvitation } from './accept-invitation';
import { inviteInput, inviteMember } from './invite-member';
import { changeMemberRole, removeMember, revokeInvitation } from './manage-team';
import { getLocale } from '@/lib/i18n/server-locale';

export const createProjectAction = defineAction(
  'createProjectAction',
  z.object({ name: projectNameSchema, slug: z.union([z.literal(''), slugSchema]).optional() }),
  async (input) => {
    const session = await requireSession();
    const project = await createProject(session.claims, { name: input.name, slug: input.slug || undefined });
    revalidatePath('/dashboard');
    return { id: project.id, slug: project.slug };
  },
);

export const renameProjectAction = defineAction(
  'renameProjectAction',
  z.object({ projectId: uuidSchema, name: projectNameSchema, slug: z.union([z.literal(''), slugSchema]).optional() }),
  async (input) => {
    const session = await requireSession();
    await renameProject(session.claims, {
      projectId: input.projectId,
      name: input.name,
      slug: input.slug || undefined,
    }).catch((err: unknown) => {
      if (isAppError(err) && err.code === 'CONFLICT')
        throw new AppError('CONFLICT', 'errors.projects.slugTaken', { details: { field: 'slug' } });
      throw err;
    });
    revalidatePath('/dashboard');
    return { id: input.projectId };
  },
);

export const deleteProjectAction = defineAction('deleteProjectAction', z.object({ projectId: uuidSchema }), async (input) => {
  const session = await requireSession();
  await deleteProject(session.claims, input);
  revalidatePath('/dashboard');
  return { id: input.projectId };
});

const teamTarget = z.object({ projectId: uuidSchema, userId: uuidSchema });

export const inviteMemberAction = defineAction('inviteMemberAction', inviteInput, async (input) => {
  const session = await requireSession();
  const invitation = await inviteMember(session.claims, input, { locale: await getLocale() });
  revalidatePath(`/dashboard/projects/${input.projectId}`);
  return { email: invitation.email, acceptUrl: invitation.acceptUrl };
});

export const revokeInvitationAction = defineAction(
  'revokeInvitationAction',
  z.object({ projectId: uuidSchema, invitationId: uuidSchema }),
  async (input) => {
    const session = await requireSession();
    await revokeInvitation(session.claims, input);
    revalidatePath(`/dashboard/projects/${input.projectId}`);
    return { invitationId: input.invitationId };
  },
);

export const changeMemberRoleAction = defineAction(
  'changeMemberRoleAction',
  teamTarget.extend({ role: z.enum(['editor', 'viewer']) }),
  async (input) => {
    const session = await requireSession();
    await changeMemberRole(session.claims, input);
    revalidatePath(`/dashboard/projects/${input.projectId}`);
    return { userId: input.userId };
  },
);

export const removeMemberAction = defineAction('removeMemberAction', teamTarget, async (input) => {
  const session = await requireSession();
  await removeMember(session.claims, input);
  // Leaving a project takes you back to your list; removing someone keeps you on the project.
  if (input.userId === session.claims.sub) redirect('/dashboard');
  revalidatePath(`/dashboard/projects/${input.projectId}`);
  return { userId: input.userId };
});

export const acceptInvitationAction = defineAction(
  'acceptInvitationAction',
  z.object({ token: z.string().min(16).max(200) }),
  async (input) => {
    const session = await requireSession();
    const { projectId } = await acceptInvitation(session.claims, input);
    redirect(`/dashboard/projects/${projectId}`);
  },
);
