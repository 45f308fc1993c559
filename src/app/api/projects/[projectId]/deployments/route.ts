import { z } from 'zod';
import { getSession } from '@/lib/auth/server-session';
import { jsonError } from '@/lib/http/ndjson';
import { getLocale } from '@/lib/i18n/server-locale';
import { listDeployments } from '@/modules/host/list-deployments';
import { siteOrigin } from '@/modules/host/site-url';

export const dynamic = 'force-dynamic';

/** Deployment list for the publish panel's polling (status steps: queued → building → checking → live). */
export async function GET(_request: Request, context: { params: Promise<{ projectId: string }> }) {
  const locale = await getLocale();
  const session = await getSession();
  if (!session) return jsonError(401, { code: 'UNAUTHENTICATED', message: 'Please sign in again.' }, locale);
  const projectId = z.uuid().safeParse((await context.params).projectId);
  if (!projectId.success) return jsonError(404, { code: 'NOT_FOUND', message: 'That project does not exist.' }, locale);
  const result = await listDeployments(session.claims, { projectId: projectId.data });
  if (!result.project) return jsonError(404, { code: 'NOT_FOUND', message: 'That project does not exist.' }, locale);
  return Response.json(
    { siteUrl: siteOrigin(result.project.slug), isPublished: result.project.isPublished, deployments: result.deployments },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
