import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { operation, POST_PROBLEMS, replayedHeader, responses } from './openapi-operation';
import {
  completedFileSchema,
  completeFileUploadBody,
  createFileUploadBody,
  fileListSchema,
  fileUploadSchema,
  listFilesQuery,
  uploadIdParams,
} from './v1-file-schemas';
import { idempotencyKeyHeader } from './v1-schemas';
import { V1_ROUTES } from './v1-routes';

// The files operations of the OpenAPI document (issue 36), from the zod schemas their routes use.

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const ACCOUNT_WIDE = 'The key lacks the scope (`missing_scope`), or is restricted to one project (`FORBIDDEN`: files are the account’s).';

export function filePaths(): ZodOpenApiPathsObject {
  return {
    [V1_ROUTES.listFiles.path]: {
      get: operation('listFiles', {
        summary: 'List files',
        description: "One folder's files (the top level unless `folder` is given), newest first.",
        requestParams: { query: listFilesQuery },
        responses: responses(fileListSchema, { '403': ACCOUNT_WIDE, '404': 'No such folder, or not yours.' }),
      }),
      post: operation('createFileUpload', {
        summary: 'Start a file upload',
        description:
          "Reserves room for one file within the plan's storage and per-file size, and answers where to send its bytes: a TUS endpoint with the signed headers for this one upload. Send the bytes there, then complete the upload. Send an Idempotency-Key to retry safely.",
        requestParams: { header: idempotencyKeyHeader },
        requestBody: json(createFileUploadBody),
        responses: responses(
          fileUploadSchema,
          {
            ...POST_PROBLEMS,
            '403': `${ACCOUNT_WIDE} Or the file does not fit the plan's storage or per-file size (\`TIER_LIMIT\`).`,
            '404': 'No such folder, or not yours.',
          },
          { status: '201', headers: replayedHeader },
        ),
      }),
    },
    [V1_ROUTES.completeFileUpload.path]: {
      post: operation('completeFileUpload', {
        summary: 'Complete a file upload',
        description:
          'Once every byte was sent over TUS: the file is checked (its type from its content, on the allow-list; an SVG without active content) and kept, with a thumbnail for images. The body may be left out.',
        requestParams: { path: uploadIdParams, header: idempotencyKeyHeader },
        requestBody: { required: false, ...json(completeFileUploadBody) },
        responses: responses(
          completedFileSchema,
          {
            ...POST_PROBLEMS,
            '403': ACCOUNT_WIDE,
            '404': 'No such upload, or not yours.',
            '409': `The bytes have not all arrived, or the upload expired (\`CONFLICT\`). ${POST_PROBLEMS['409']}`,
          },
          { headers: replayedHeader },
        ),
      }),
    },
  };
}
