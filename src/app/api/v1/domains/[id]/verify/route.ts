import { handleV1Post } from '@/modules/api/handle-v1-post';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { domainIdParams, verifyDomainBody } from '@/modules/api/v1-domain-schemas';
import { verifyV1Domain } from '@/modules/api/verify-v1-domain';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const params = await context.params;
  return handleV1Post(
    request,
    V1_ROUTES.verifyDomain.scope,
    verifyDomainBody,
    (ctx) => verifyV1Domain(ctx.claims, domainIdParams.parse(params).id, ctx),
    { isBodyOptional: true },
  );
}
