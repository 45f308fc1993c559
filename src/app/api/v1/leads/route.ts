import { handleV1Request, parseQuery } from '@/modules/api/handle-v1-request';
import { listV1Leads } from '@/modules/api/list-v1-leads';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { listLeadsQuery } from '@/modules/api/v1-schemas';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleV1Request(request, V1_ROUTES.listLeads.scope, ({ claims }) => listV1Leads(claims, parseQuery(request, listLeadsQuery)));
}
