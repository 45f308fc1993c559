import { addV1Domain } from '@/modules/api/add-v1-domain';
import { handleV1Post } from '@/modules/api/handle-v1-post';
import { handleV1Request } from '@/modules/api/handle-v1-request';
import { listV1Domains } from '@/modules/api/list-v1-domains';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { addDomainBody } from '@/modules/api/v1-domain-schemas';
import { projectOf } from '@/modules/api/key-project';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const params = await context.params;
  return handleV1Request(request, V1_ROUTES.listDomains.scope, (ctx) => listV1Domains(ctx.claims, projectOf(ctx, params)));
}

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const params = await context.params;
  return handleV1Post(request, V1_ROUTES.addDomain.scope, addDomainBody, (ctx, body) =>
    addV1Domain(ctx.claims, { projectId: projectOf(ctx, params), body }),
  );
}
