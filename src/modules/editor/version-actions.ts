'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { requireSession } from '@/modules/accounts/server-session';
import { deleteNamedVersion } from './delete-named-version';
import { getNamedVersion } from './get-named-version';
import { listNamedVersions } from './list-named-versions';
import { saveNamedVersion, saveNamedVersionInput } from './save-named-version';

// Named versions of the editor. Who may read (members) and write (owners, editors) is decided
// by RLS on named_site_versions; the domain functions answer NOT_FOUND for anyone else.

export const saveNamedVersionAction = defineAction('saveNamedVersionAction', saveNamedVersionInput, async (input) => {
  const session = await requireSession();
  return saveNamedVersion(session.claims, input);
});

export const listNamedVersionsAction = defineAction('listNamedVersionsAction', z.object({ projectId: z.uuid() }), async (input) => {
  const session = await requireSession();
  return listNamedVersions(session.claims, input);
});

export const getNamedVersionAction = defineAction(
  'getNamedVersionAction',
  z.object({ projectId: z.uuid(), versionId: z.uuid() }),
  async (input) => {
    const session = await requireSession();
    return getNamedVersion(session.claims, input);
  },
);

export const deleteNamedVersionAction = defineAction(
  'deleteNamedVersionAction',
  z.object({ projectId: z.uuid(), versionId: z.uuid() }),
  async (input) => {
    const session = await requireSession();
    await deleteNamedVersion(session.claims, input);
    return { id: input.versionId };
  },
);
