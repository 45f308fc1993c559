'use server';

import { z } from 'zod';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { getRealClaims } from '@/modules/accounts/server-session';
import { getAuthSecret } from '@/lib/auth/secret';
import { COOKIE, secureCookieOptions } from '@/lib/auth/cookie-jar';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { tierEnum } from './schema';
import { setClientTier } from './set-client-tier';
import { startImpersonation, IMPERSONATION_TTL_SECONDS } from './start-impersonation';
import { stopImpersonation } from './stop-impersonation';
import { revealOutboxMail, revealOutboxMailInput } from './list-outbox';

// Admin actions always run with the signed-in admin's *own* claims (never the
// impersonated ones); the domain functions re-check the role and RLS checks again.
async function adminClaims() {
  const claims = await getRealClaims();
  if (!claims) throw new AppError('UNAUTHENTICATED', 'errors.common.signInAgain');
  return claims;
}

export const setClientTierAction = defineAction(
  'setClientTierAction',
  z.object({ clientId: z.uuid(), tier: z.enum(tierEnum.enumValues) }),
  async (input) => {
    const result = await setClientTier(await adminClaims(), input);
    revalidatePath(`/admin/clients/${input.clientId}`);
    revalidatePath('/admin');
    return result;
  },
);

export const startImpersonationAction = defineAction(
  'startImpersonationAction',
  z.object({ clientId: z.uuid(), reason: z.string().trim().max(500).optional() }),
  async (input) => {
    const started = await startImpersonation(await adminClaims(), input, getAuthSecret());
    (await cookies()).set(COOKIE.impersonation, started.token, secureCookieOptions(IMPERSONATION_TTL_SECONDS, getEnv().APP_URL));
    redirect('/dashboard');
  },
);

export async function stopImpersonationAction(): Promise<void> {
  const claims = await getRealClaims();
  if (claims) await stopImpersonation(claims);
  (await cookies()).delete(COOKIE.impersonation);
  redirect('/admin');
}

export const revealOutboxMailAction = defineAction('revealOutboxMailAction', revealOutboxMailInput, async (input) =>
  revealOutboxMail(await adminClaims(), input),
);
