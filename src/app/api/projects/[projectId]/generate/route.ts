import { z } from 'zod';
import { getSession } from '@/lib/auth/server-session';
import { httpStatusFor, toUserError } from '@/lib/errors';
import { jsonError, ndjsonResponse } from '@/lib/http/ndjson';
import { localizeUserError } from '@/lib/i18n/localize-error';
import { getLocale } from '@/lib/i18n/server-locale';
import { reportError } from '@/lib/observability';
import { getProviderChain } from '@/lib/ai/get-provider-chain';
import { generateRequestSchema } from '@/modules/generate/generate-input';
import { runSiteGeneration, type SiteStreamEvent } from '@/modules/generate/run-site-generation';
import { offlineComposer } from '@/modules/generate/offline-composer';

export const dynamic = 'force-dynamic';
export const maxDuration = 300;

/** Streams a new site into the browser as NDJSON (see SiteStreamEvent). Closing the request cancels it. */
export async function POST(request: Request, context: { params: Promise<{ projectId: string }> }) {
  const locale = await getLocale();
  const session = await getSession();
  if (!session) return jsonError(401, { code: 'UNAUTHENTICATED', message: 'Please sign in again.' }, locale);
  const projectId = z.uuid().safeParse((await context.params).projectId);
  if (!projectId.success) return jsonError(404, { code: 'NOT_FOUND', message: 'That project does not exist.' }, locale);
  const body = generateRequestSchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return jsonError(400, { code: 'VALIDATION', message: body.error.issues[0]?.message ?? 'Invalid request.' }, locale);

  const events = runSiteGeneration(session.claims, { projectId: projectId.data, ...body.data }, {
    chain: getProviderChain(),
    offline: offlineComposer,
    abortSignal: request.signal,
  });
  // Errors before the first event (quota, rate limit, refusal) get a proper HTTP status.
  let first: IteratorResult<SiteStreamEvent>;
  try {
    first = await events.next();
  } catch (err) {
    const userError = toUserError(err);
    if (userError.code === 'INTERNAL') reportError(err, { where: 'generate' });
    return jsonError(httpStatusFor(userError.code), userError, locale);
  }
  // The engine's own error events carry English messages (domain code knows no locale).
  const localized = (event: SiteStreamEvent): SiteStreamEvent => (event.type === 'error' ? { ...event, error: localizeUserError(event.error, locale) } : event);
  async function* replay(): AsyncGenerator<SiteStreamEvent> {
    if (!first.done) yield localized(first.value);
    for await (const event of events) yield localized(event);
  }
  return ndjsonResponse<SiteStreamEvent>(replay(), (err) => {
    reportError(err, { where: 'generate stream' });
    return { type: 'error', error: localizeUserError(toUserError(err), locale) };
  });
}
