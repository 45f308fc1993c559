import { handleV1Request, parseQuery } from '@/modules/api/handle-v1-request';
import { exportV1Leads } from '@/modules/api/export-v1-leads';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { exportLeadsQuery } from '@/modules/api/v1-schemas';
import { keyProjectFilter } from '@/modules/api/key-project';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleV1Request(request, V1_ROUTES.exportLeads.scope, (ctx) => {
    const query = parseQuery(request, exportLeadsQuery);
    return exportV1Leads(ctx.claims, { ...query, project: keyProjectFilter(ctx, query.project) });
  });
}
