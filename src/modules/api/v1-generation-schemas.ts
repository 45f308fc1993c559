import { z } from 'zod';
import { generateRequestSchema } from '@/modules/generate/wire';
import { isoDate } from './v1-schemas';

/**
 * The wire shapes of generations over /api/v1 (issue 36). The body is the studio's own request
 * schema (generateRequestSchema) narrowed to what an integrator chooses — the brief, seed and
 * business kind are the studio's conversation with the person — so a prompt or a language the
 * studio refuses is refused here with the same rule.
 */
export const createGenerationBody = generateRequestSchema
  .pick({ prompt: true, style: true })
  .extend({
    projectId: z.uuid().meta({ description: 'The project whose next draft version the generation writes.' }),
    locales: generateRequestSchema.shape.locales
      .optional()
      .meta({ description: "The site's languages, first is the default. Left out: read from the prompt, as the studio does." }),
  })
  .strict()
  .meta({ id: 'GenerationRequest' });
export type CreateGenerationBody = z.infer<typeof createGenerationBody>;

export const generationIdParams = z.object({ id: z.uuid() }).strict();

/**
 * A generation's state on the wire. `queued` is what POST answers (the work is accepted and
 * runs after the answer); the stored states read `running`, then `done`, `failed` or `cancelled`.
 */
export const GENERATION_WIRE_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;

export const generationQueuedSchema = z
  .object({
    generation_id: z.uuid(),
    project_id: z.uuid(),
    status: z.literal('queued'),
  })
  .meta({ id: 'GenerationQueued', description: 'Follow it with GET /generations/{id} or its event stream.' });

export const generationSchema = z
  .object({
    id: z.uuid(),
    project_id: z.uuid(),
    status: z.enum(GENERATION_WIRE_STATUSES),
    started_at: isoDate,
    finished_at: isoDate.nullable(),
  })
  .meta({ id: 'Generation' });
export type WireGeneration = z.infer<typeof generationSchema>;

/**
 * The event stream's format, for the document: Server-Sent Events whose `event:` is the studio's
 * stream event type (started, plan, skeleton, section, section-failed, done, error) with that
 * event as JSON in `data:`, then always a last `event: status` whose data is the Generation.
 */
export const generationEventStreamSchema = z.string().meta({
  id: 'GenerationEventStream',
  description:
    'text/event-stream. Each event: `id: <n>`, `event: <type>`, `data: <JSON>`. Types: started, plan, skeleton, section (index, total, sectionId, document), section-failed, done (version, document), error; the last event is always `status` with the Generation. Reconnect with Last-Event-ID to resume.',
});
