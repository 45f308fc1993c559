import { z } from 'zod';
import { getSession } from '@/modules/accounts/server-session';
import { AppError } from '@/lib/errors';
import { jsonError } from '@/lib/http/ndjson';
import { renderStoredErrorMessage } from '@/lib/i18n/render-error-message';
import { getLocale } from '@/lib/i18n/server-locale';
import { listDeployments } from '@/modules/host/list-deployments';
import { siteOrigin } from '@/modules/host/site-url';

export const dynamic = 'force-dynamic';

/** Deployment list for the publish panel's polling (status steps: queued → building → checking → live). */
export async function GET(_request: Request, context: { params: Promise<{ projectId: string }> }) {
  const locale = await getLocale();
  const session = await getSession();
  if (!session) return jsonError(new AppError('UNAUTHENTICATED', 'errors.common.signInAgain'), locale);
  const projectId = z.uuid().safeParse((await context.params).projectId);
  if (!projectId.success) return jsonError(new AppError('NOT_FOUND', 'errors.projects.notFound'), locale);
  const result = await listDeployments(session.claims, { projectId: projectId.data });
  if (!result.project) return jsonError(new AppError('NOT_FOUND', 'errors.projects.notFound'), locale);
  // A failed deployment's reason is stored as a message key: shown in the reader's language.
  const deployments = result.deployments.map((d) => ({ ...d, error: d.error === null ? null : renderStoredErrorMessage(d.error, locale) }));
  return Response.json(
    { siteUrl: siteOrigin(result.project.slug), isPublished: result.project.isPublished, deployments },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
