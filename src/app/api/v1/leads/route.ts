import { handleV1Request, parseQuery } from '@/modules/api/handle-v1-request';
import { listV1Leads } from '@/modules/api/list-v1-leads';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { listLeadsQuery } from '@/modules/api/v1-schemas';
import { keyProjectFilter } from '@/modules/api/key-project';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleV1Request(request, V1_ROUTES.listLeads.scope, (ctx) => {
    const query = parseQuery(request, listLeadsQuery);
    return listV1Leads(ctx.claims, { ...query, project: keyProjectFilter(ctx, query.project) });
  });
}
