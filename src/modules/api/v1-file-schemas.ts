import { z } from 'zod';
import { fileNameSchema } from '@/modules/storage/file-name';
import { isoDate, nextCursor, pageQuery } from './v1-schemas';

// The wire shapes of /api/v1/files (issue 36: "files (upload by presigned or TUS URL)"). The body
// reuses the storage module's own file-name schema, as the Files page's upload does.

export const createFileUploadBody = z
  .object({
    name: fileNameSchema.meta({ description: "The file's name (its extension follows the type found in the bytes)." }),
    size: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).meta({ description: 'Exact size in bytes: the room reserved.' }),
    folder_id: z.uuid().nullable().optional().meta({ description: 'A folder of yours; left out: the top level.' }),
  })
  .strict()
  .meta({ id: 'FileUploadCreate' });

export const fileUploadSchema = z
  .object({
    upload_id: z.uuid(),
    expires_at: isoDate.meta({ description: 'Send the bytes and complete the upload before this.' }),
    tus: z
      .object({
        endpoint: z.string().meta({ description: 'The TUS 1.0.0 creation URL: POST with `Upload-Length`, then PATCH the bytes.' }),
        headers: z
          .record(z.string(), z.string())
          .meta({ description: 'Send with every TUS request: the signed permission for this one upload.' }),
        metadata: z.record(z.string(), z.string()).meta({ description: 'TUS `Upload-Metadata` of the creation request.' }),
        chunk_size: z.number().int().positive().meta({ description: 'Bytes per PATCH request at most.' }),
      })
      .meta({ description: 'Where the bytes go (resumable, with any TUS client such as tus-js-client or tusd-client).' }),
  })
  .meta({ id: 'FileUpload' });

export const completeFileUploadBody = z.object({}).strict().meta({ id: 'FileUploadComplete' });
export const uploadIdParams = z.object({ id: z.uuid() }).strict();

export const fileSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    folder_id: z.uuid().nullable(),
    content_type: z.string(),
    size_bytes: z.number().int(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    has_thumbnail: z.boolean(),
    created_at: isoDate,
  })
  .meta({ id: 'File' });

export const listFilesQuery = z
  .object({
    ...pageQuery,
    folder: z.uuid().optional().meta({ description: 'A folder of yours; left out: the top level.' }),
  })
  .strict();
export const fileListSchema = z.object({ data: z.array(fileSchema), next_cursor: nextCursor }).meta({ id: 'FileList' });

export const completedFileSchema = fileSchema
  .pick({ id: true, name: true, content_type: true, size_bytes: true, has_thumbnail: true })
  .meta({ id: 'FileCompleted' });
