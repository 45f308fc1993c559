'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { LOCALES } from '@/lib/i18n/translate';
import { getRealClaims } from '@/modules/accounts/server-session';
import { LEGAL_PAGES, saveLegalTextInput } from './legal-pages';
import { resetLegalText } from './reset-legal-text';
import { saveLegalText } from './save-legal-text';

// Like the other admin actions: the admin's own claims (never an impersonated client's); the
// domain functions check the role and RLS checks it again.
async function adminClaims() {
  const claims = await getRealClaims();
  if (!claims) throw new AppError('UNAUTHENTICATED', 'errors.common.signInAgain');
  return claims;
}

export const saveLegalTextAction = defineAction('saveLegalTextAction', saveLegalTextInput, async (input) => {
  const saved = await saveLegalText(await adminClaims(), input);
  revalidatePath(`/${input.page}`);
  revalidatePath('/admin/legal');
  return saved;
});

export const resetLegalTextAction = defineAction(
  'resetLegalTextAction',
  z.object({ page: z.enum(LEGAL_PAGES), locale: z.enum(LOCALES) }),
  async (input) => {
    await resetLegalText(await adminClaims(), input);
    revalidatePath(`/${input.page}`);
    revalidatePath('/admin/legal');
    return input;
  },
);
