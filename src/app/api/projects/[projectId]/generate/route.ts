import { z } from 'zod';
import { getSession } from '@/modules/accounts/server-session';
import { AppError, toUserError, toValidationError } from '@/lib/errors';
import { jsonError, jsonUserError, ndjsonResponse } from '@/lib/http/ndjson';
import { guardMutation } from '@/lib/http/guard-mutation';
import { getLocale } from '@/lib/i18n/server-locale';
import { reportError } from '@/lib/observability';
import { getProviderChain } from '@/lib/ai/get-provider-chain';
import { generateRequestSchema, type SiteStreamEvent } from '@/modules/generate/wire';
import { runSiteGeneration } from '@/modules/generate/run-site-generation';
import { offlineComposer } from '@/modules/generate/offline-composer';

export const dynamic = 'force-dynamic';
export const maxDuration = 300;

/** Streams a new site into the browser as NDJSON (see SiteStreamEvent). Closing the request cancels it. */
export async function POST(request: Request, context: { params: Promise<{ projectId: string }> }) {
  const locale = await getLocale();
  const guard = await guardMutation(request, locale);
  if (!guard.ok) return guard.response;
  const session = await getSession();
  if (!session) return jsonError(new AppError('UNAUTHENTICATED', 'errors.common.signInAgain'), locale);
  const projectId = z.uuid().safeParse((await context.params).projectId);
  if (!projectId.success) return jsonError(new AppError('NOT_FOUND', 'errors.projects.notFound'), locale);
  const body = generateRequestSchema.safeParse(guard.body);
  if (!body.success) {
    const { code, message } = toValidationError(body.error, locale, 'errors.common.invalidRequest');
    return jsonUserError({ code, message });
  }

  const events = runSiteGeneration(
    session.claims,
    { projectId: projectId.data, ...body.data },
    {
      chain: getProviderChain(),
      offline: offlineComposer,
      abortSignal: request.signal,
      locale,
    },
  );
  // Errors before the first event (quota, rate limit, refusal) get a proper HTTP status.
  let first: IteratorResult<SiteStreamEvent>;
  try {
    first = await events.next();
  } catch (err) {
    const userError = toUserError(err, locale);
    if (userError.code === 'INTERNAL') reportError(err, { where: 'generate' });
    return jsonUserError(userError);
  }
  async function* replay(): AsyncGenerator<SiteStreamEvent> {
    if (!first.done) yield first.value;
    for await (const event of events) yield event;
  }
  return ndjsonResponse<SiteStreamEvent>(replay(), (err) => {
    reportError(err, { where: 'generate stream' });
    return { type: 'error', error: toUserError(err, locale) };
  });
}
