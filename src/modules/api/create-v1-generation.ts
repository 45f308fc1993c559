import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { extractSiteBrief } from '@/modules/generate/extract-site-brief';
import { runSiteGeneration } from '@/modules/generate/run-site-generation';
import { SITE_LOCALES } from '@/modules/generate/wire';
import { feedGeneration } from './generation-feed';
import type { CreateGenerationBody, generationQueuedSchema } from './v1-generation-schemas';
import { V1Reply } from './v1-reply';

/** The studio's own dependencies of a run (provider chain, offline composer), plus how to outlive the answer. */
export type CreateV1GenerationDeps = Pick<Parameters<typeof runSiteGeneration>[2], 'chain' | 'offline' | 'offlineStepDelayMs'> & {
  /** Keeps the run alive after the answer is sent (Next's `after` on serverless platforms). */
  keepAlive: (run: Promise<void>) => void;
};

const isSiteLocale = (value: string): value is (typeof SITE_LOCALES)[number] => (SITE_LOCALES as readonly string[]).includes(value);

/**
 * POST /api/v1/generations: generate.runSiteGeneration, the studio's own generation — refusal of
 * disallowed requests, the rate limit, the plan's monthly generations and AI tokens (reserved by
 * the database), the draft version it saves and the usage it records on success (nothing on
 * failure) are all that function's. Its first event comes after the reservation, so a refusal,
 * a 404 (a project the key's owner may not edit), a 429 or a quota answer is this request's
 * status; then 202 and the run goes on after the answer, its events fed to the event stream.
 */
export async function createV1Generation(
  claims: VerifiedClaims,
  body: CreateGenerationBody,
  deps: CreateV1GenerationDeps,
): Promise<V1Reply> {
  // The studio fills the languages from the brief it reads while the person types; an
  // integrator who leaves them out gets the same reading of the prompt (at most five, as the studio allows).
  const locales = body.locales ?? extractSiteBrief({ prompt: body.prompt }).languages.filter(isSiteLocale).slice(0, 5);
  const events = runSiteGeneration(
    claims,
    { projectId: body.projectId, prompt: body.prompt, style: body.style, locales: locales.length ? locales : ['en'] },
    { chain: deps.chain, offline: deps.offline, offlineStepDelayMs: deps.offlineStepDelayMs, locale: 'en' },
  );
  const first = await events.next();
  if (first.done || first.value.type !== 'started') {
    // runSiteGeneration always starts with `started` once the generation is reserved.
    throw new AppError('INTERNAL', 'errors.common.internal');
  }
  const generationId = first.value.generationId;
  deps.keepAlive(feedGeneration(generationId, first.value, events));
  const reply: z.infer<typeof generationQueuedSchema> = { generation_id: generationId, project_id: body.projectId, status: 'queued' };
  return new V1Reply(202, reply);
}
