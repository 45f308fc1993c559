'use server';

import { defineAction } from '@/lib/actions/define-action';
import { requireSession } from '@/modules/accounts/server-session';
import { saveDraftEdits, saveDraftEditsInput } from './save-draft-edits';

/**
 * The editor's autosave by operations. Who may write is decided by RLS on site versions
 * (members who can edit); everyone else gets NOT_FOUND, and CONFLICT when the draft moved on.
 */
export const saveDraftEditsAction = defineAction('saveDraftEditsAction', saveDraftEditsInput, async (input) => {
  const session = await requireSession();
  const saved = await saveDraftEdits(session.claims, input);
  return { version: saved.version };
});
