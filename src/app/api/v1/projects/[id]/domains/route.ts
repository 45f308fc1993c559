import { addV1Domain } from '@/modules/api/add-v1-domain';
import { handleV1Post } from '@/modules/api/handle-v1-post';
import { handleV1Request } from '@/modules/api/handle-v1-request';
import { listV1Domains } from '@/modules/api/list-v1-domains';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { addDomainBody } from '@/modules/api/v1-domain-schemas';
import { projectIdParams } from '@/modules/api/v1-schemas';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const params = await context.params;
  return handleV1Request(request, V1_ROUTES.listDomains.scope, ({ claims }) => listV1Domains(claims, projectIdParams.parse(params).id));
}

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const params = await context.params;
  return handleV1Post(request, V1_ROUTES.addDomain.scope, addDomainBody, ({ claims }, body) =>
    addV1Domain(claims, { projectId: projectIdParams.parse(params).id, body }),
  );
}
