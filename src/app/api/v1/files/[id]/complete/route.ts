import { completeV1FileUpload } from '@/modules/api/complete-v1-file-upload';
import { handleV1Post } from '@/modules/api/handle-v1-post';
import { assertAccountWideKey } from '@/modules/api/key-project';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { completeFileUploadBody, uploadIdParams } from '@/modules/api/v1-file-schemas';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const params = await context.params;
  return handleV1Post(
    request,
    V1_ROUTES.completeFileUpload.scope,
    completeFileUploadBody,
    (ctx) => {
      assertAccountWideKey(ctx);
      return completeV1FileUpload(ctx.claims, uploadIdParams.parse(params).id);
    },
    { isBodyOptional: true },
  );
}
