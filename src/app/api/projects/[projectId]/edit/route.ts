import { z } from 'zod';
import { getSession } from '@/modules/accounts/server-session';
import { AppError, httpStatusFor, toUserError, toValidationError } from '@/lib/errors';
import { jsonError } from '@/lib/http/ndjson';
import { guardMutation } from '@/lib/http/guard-mutation';
import { getLocale } from '@/lib/i18n/server-locale';
import { reportError } from '@/lib/observability';
import { getProviderChain } from '@/lib/ai/get-provider-chain';
import { editRequestSchema } from '@/modules/generate/wire';
import { runSiteEdit } from '@/modules/generate/run-site-edit';
import { offlineComposer } from '@/modules/generate/offline-composer';

export const dynamic = 'force-dynamic';
export const maxDuration = 300;

/** One AI edit of the draft (rewrite / add section / add language / continue) → `{ ok, data | error }`. */
export async function POST(request: Request, context: { params: Promise<{ projectId: string }> }) {
  const locale = await getLocale();
  const guard = await guardMutation(request, locale);
  if (!guard.ok) return guard.response;
  const session = await getSession();
  if (!session) return jsonError(new AppError('UNAUTHENTICATED', 'errors.common.signInAgain'), locale);
  const projectId = z.uuid().safeParse((await context.params).projectId);
  if (!projectId.success) return jsonError(new AppError('NOT_FOUND', 'errors.projects.notFound'), locale);
  const body = editRequestSchema.safeParse(guard.body);
  if (!body.success) {
    const { code, message } = toValidationError(body.error, locale, 'errors.common.invalidRequest');
    return Response.json({ ok: false, error: { code, message } }, { status: 400 });
  }
  try {
    const data = await runSiteEdit(session.claims, projectId.data, body.data, {
      chain: getProviderChain(),
      offline: offlineComposer,
      abortSignal: request.signal,
    });
    return Response.json({ ok: true, data }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (err) {
    const error = toUserError(err, locale);
    if (error.code === 'INTERNAL') reportError(err, { where: 'edit' });
    return Response.json({ ok: false, error }, { status: httpStatusFor(error.code) });
  }
}
