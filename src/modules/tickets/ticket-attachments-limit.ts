import { z } from 'zod';

/** Files per description, message or note: enough for screenshots and a document or two. */
export const MAX_ATTACHMENTS = 5;

/** The ids of the writer's own files (from Files, or just uploaded there) to attach. */
export const attachmentIdsSchema = z.array(z.uuid()).max(MAX_ATTACHMENTS).default([]);
