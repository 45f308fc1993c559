import { getV1Usage } from '@/modules/api/get-v1-usage';
import { handleV1Request } from '@/modules/api/handle-v1-request';
import { V1_ROUTES } from '@/modules/api/openapi-document';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleV1Request(request, V1_ROUTES.getUsage.scope, ({ claims }) => getV1Usage(claims));
}
