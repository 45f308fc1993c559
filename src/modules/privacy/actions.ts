'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import { AppError } from '@/lib/errors';
import { requestCookieJar, requireSession } from '@/modules/accounts/server-session';
import { deleteAccount, deleteAccountInput } from './delete-account';

export const deleteAccountAction = defineAction('deleteAccountAction', deleteAccountInput, async (input) => {
  const session = await requireSession();
  if (session.impersonation) throw new AppError('FORBIDDEN', 'errors.privacy.notWhileImpersonating');
  await deleteAccount(session.claims, input);
  // The account is gone: drop its cookies and land on the public page.
  await getAuthAdapter().signOut(await requestCookieJar());
  redirect('/?account=deleted');
});
