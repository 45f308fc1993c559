import { createV1FileUpload } from '@/modules/api/create-v1-file-upload';
import { handleV1Post } from '@/modules/api/handle-v1-post';
import { handleV1Request, parseQuery } from '@/modules/api/handle-v1-request';
import { assertAccountWideKey } from '@/modules/api/key-project';
import { listV1Files } from '@/modules/api/list-v1-files';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { createFileUploadBody, listFilesQuery } from '@/modules/api/v1-file-schemas';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleV1Request(request, V1_ROUTES.listFiles.scope, (ctx) => {
    assertAccountWideKey(ctx);
    return listV1Files(ctx.claims, parseQuery(request, listFilesQuery));
  });
}

export function POST(request: Request) {
  return handleV1Post(request, V1_ROUTES.createFileUpload.scope, createFileUploadBody, (ctx, body) => {
    assertAccountWideKey(ctx);
    return createV1FileUpload(ctx.claims, body);
  });
}
