'use server';

import { z } from 'zod';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import { safeNext } from '@/lib/auth/safe-next';
import { OAUTH_PROVIDERS } from '@/lib/auth/types';
import { requestCookieJar } from './server-session';

/** "Continue with Google/GitHub": off to the provider (through Supabase Auth). */
export const startOAuthAction = defineAction(
  'startOAuthAction',
  z.object({ provider: z.enum(OAUTH_PROVIDERS), next: z.string().max(2000).optional() }),
  async (input) => {
    const url = await getAuthAdapter().startOAuth(await requestCookieJar(), { provider: input.provider, next: safeNext(input.next) });
    redirect(url);
  },
);
