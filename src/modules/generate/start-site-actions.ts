'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { errorKey } from '@/lib/i18n/error-key';
import { getLocale } from '@/lib/i18n/server-locale';
import { requireSession } from '@/modules/accounts/server-session';
import { startSiteFromDescription } from './start-site-from-description';
import { PROMPT_MAX, PROMPT_MIN } from './studio-options';

/** "What do you want to build?": a project named from the description; the studio then writes the site from it. */
export const startSiteFromDescriptionAction = defineAction(
  'startSiteFromDescriptionAction',
  z.object({
    description: z.string().trim().min(PROMPT_MIN, errorKey('errors.generate.promptTooShort')).max(PROMPT_MAX),
  }),
  async (input) => {
    const session = await requireSession();
    const started = await startSiteFromDescription(session.claims, { description: input.description, uiLocale: await getLocale() });
    revalidatePath('/dashboard');
    return started;
  },
);
