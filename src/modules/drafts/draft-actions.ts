'use server';

import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { defineAction } from '@/lib/actions/define-action';
import { requireSession } from '@/modules/accounts/server-session';
import { getDraft } from './get-draft';
import { saveDraftOnBase, saveDraftOnBaseInput } from './save-draft-on-base';

/**
 * The editor's autosave. Who may write is decided by RLS on site versions (members who can
 * edit); saveDraftOnBase answers NOT_FOUND for anyone else and CONFLICT when the draft moved on.
 */
export const saveDraftOnBaseAction = defineAction('saveDraftOnBaseAction', saveDraftOnBaseInput, async (input) => {
  const session = await requireSession();
  const saved = await saveDraftOnBase(session.claims, input);
  return { version: saved.version };
});

/** The newest draft, for an editor that lost a save race and reapplies its edits on top of it. */
export const loadLatestDraftAction = defineAction('loadLatestDraftAction', z.object({ projectId: z.uuid() }), async (input) => {
  const session = await requireSession();
  const draft = await getDraft(session.claims, input);
  // RLS hides other people's projects: the same answer as a project with no draft.
  if (!draft) throw new AppError('NOT_FOUND', 'errors.generate.editNotFound');
  return { version: draft.version, document: draft.document };
});
