'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { requireSession } from '@/modules/accounts/server-session';
import { createShareLink } from './create-share-link';
import { listShareLinks } from './list-share-links';
import { revokeShareLink } from './revoke-share-link';

// Share-a-preview links. RLS on preview_share_links decides who may create and revoke them
// (owners, editors) and see them (members); anyone else gets NOT_FOUND.

const project = z.object({ projectId: z.uuid() });

export const createShareLinkAction = defineAction('createShareLinkAction', project, async (input) => {
  const session = await requireSession();
  return createShareLink(session.claims, input);
});

export const listShareLinksAction = defineAction('listShareLinksAction', project, async (input) => {
  const session = await requireSession();
  return listShareLinks(session.claims, input);
});

export const revokeShareLinkAction = defineAction('revokeShareLinkAction', project.extend({ linkId: z.uuid() }), async (input) => {
  const session = await requireSession();
  await revokeShareLink(session.claims, input);
  return { revoked: true };
});
