'use server';

import { defineAction } from '@/lib/actions/define-action';
import { requireSession } from '@/modules/accounts/server-session';
import { setDraftPhoto, setDraftPhotoInput } from './set-draft-photo';

export const setDraftPhotoAction = defineAction('setDraftPhotoAction', setDraftPhotoInput, async (input) => {
  const session = await requireSession();
  return setDraftPhoto(session.claims, input);
});
