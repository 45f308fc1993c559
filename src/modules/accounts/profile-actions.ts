'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { getSession } from './server-session';
import { displayNameSchema, setDisplayName } from './set-display-name';

/** The account page's "Your name": the header shows it instead of the email once set. */
export const setDisplayNameAction = defineAction('setDisplayNameAction', z.object({ displayName: displayNameSchema }), async (input) => {
  const session = await getSession();
  if (!session) throw new AppError('UNAUTHENTICATED', 'errors.common.signInAgain');
  const result = await setDisplayName(session.claims, { displayName: input.displayName });
  // The header of every dashboard page shows the name.
  revalidatePath('/dashboard', 'layout');
  return result;
});
