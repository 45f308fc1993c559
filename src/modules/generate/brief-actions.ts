'use server';

import { defineAction } from '@/lib/actions/define-action';
import { requireSession } from '@/modules/accounts/server-session';
import { extractSiteBrief } from './extract-site-brief';
import { extractBriefRequestSchema, readFactRequestSchema } from './wire';
import { readFactText } from '@/modules/brief/read-fact-text';

/**
 * The brief of a prompt, for the studio's live preview of what will be built. No model and no
 * database: only signed-in people may call it, and the input is bounded like a generate request.
 */
export const extractSiteBriefAction = defineAction('extractSiteBriefAction', extractBriefRequestSchema, async (input) => {
  await requireSession();
  return extractSiteBrief(input);
});

/** One fact the studio asked for (hours, a phone, a PIX key…), read from what the person typed there. */
export const readFactAction = defineAction('readFactAction', readFactRequestSchema, async (input) => {
  await requireSession();
  return readFactText(input);
});
