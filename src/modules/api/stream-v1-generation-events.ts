import type { VerifiedClaims } from '@/lib/claims';
import { reportError } from '@/lib/observability';
import { getGeneration } from '@/modules/generate/get-generation';
import { followGeneration } from './generation-feed';
import { getV1Generation } from './get-v1-generation';
import { V1Reply } from './v1-reply';
import { textStream } from './text-stream';

/** How often a run held by another process (or already gone from memory) is looked up while it runs. */
const POLL_MS = 1000;
/** A stream waiting on another process's run ends after this; the client reconnects (EventSource does). */
const POLL_FOR_MS = 5 * 60_000;

const frame = (event: string, data: unknown, id?: number) =>
  `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export type StreamGenerationOptions = { lastEventId?: string | null; pollMs?: number };

/**
 * GET /api/v1/generations/{id}/events: the run's events as Server-Sent Events — the very events
 * the studio's preview gets from runSiteGeneration, replayed from the start (or after
 * Last-Event-ID) and followed live — then always a last `status` event with the stored status.
 * The generation is looked up under RLS first: the feed is keyed by id alone, so this lookup is
 * what makes another account's generation a 404 rather than a stream of its sections. A run this
 * process does not hold (another instance, or long finished) gets its status once it has ended.
 */
export async function streamV1GenerationEvents(
  claims: VerifiedClaims,
  generationId: string,
  options: StreamGenerationOptions = {},
): Promise<V1Reply> {
  await getGeneration(claims, generationId);
  const lastId = Number.parseInt(options.lastEventId ?? '', 10);
  const pollMs = options.pollMs ?? POLL_MS;

  async function* frames(): AsyncGenerator<string> {
    const live = followGeneration(generationId, Number.isInteger(lastId) && lastId >= 0 ? lastId : -1);
    if (live) {
      for await (const entry of live) yield frame(entry.event.type, entry.event, entry.id);
    } else {
      const deadline = Date.now() + POLL_FOR_MS;
      while ((await getGeneration(claims, generationId)).status === 'running' && Date.now() < deadline) {
        // A comment line: keeps proxies from closing an idle stream; EventSource ignores it.
        yield ': running\n\n';
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    }
    yield frame('status', await getV1Generation(claims, generationId));
  }

  const stream = textStream(frames(), (err) => {
    // Headers are sent; the reader sees the stream end without `status` and may reconnect.
    reportError(err, { where: 'api/generation-events', generationId });
    return 'close';
  });
  return new V1Reply(200, stream, { 'content-type': 'text/event-stream; charset=utf-8', 'x-accel-buffering': 'no' });
}
