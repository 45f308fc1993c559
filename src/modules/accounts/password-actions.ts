'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { errorKey } from '@/lib/i18n/error-key';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import { requestCookieJar, getSession } from './server-session';

/**
 * Changes the signed-in person's password from the account page. The adapter checks the current
 * password (a stolen session alone can't take the account over) and ends the other sessions.
 */
export const changePasswordAction = defineAction(
  'changePasswordAction',
  z.object({
    currentPassword: z.string().min(1, errorKey('errors.auth.passwordRequired')).max(200),
    password: z.string().min(8, errorKey('errors.auth.passwordTooShort')).max(200, errorKey('errors.auth.passwordTooLong')),
  }),
  async (input) => {
    const session = await getSession();
    if (!session) throw new AppError('UNAUTHENTICATED', 'errors.common.signInAgain');
    // An admin acting as a client never sets the client's password.
    if (session.impersonation) throw new AppError('FORBIDDEN', 'errors.auth.notWhileImpersonating');
    await getAuthAdapter().updatePassword(await requestCookieJar(), { password: input.password, currentPassword: input.currentPassword });
    return { changed: true };
  },
);
