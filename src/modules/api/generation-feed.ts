import { reportError } from '@/lib/observability';
import type { SiteStreamEvent } from '@/modules/generate/wire';

/**
 * The events of generations started through /api/v1, held in this process so the event stream
 * (GET /generations/{id}/events) can replay and follow them. The events are the ones
 * runSiteGeneration yields — what the studio's live preview streams — so there is one pipeline;
 * this only fans one run out to any number of readers, who may come and go while it runs.
 *
 * Why in memory: a run is tied to the process that runs it (the studio's is tied to its request
 * the same way), and its section events carry whole documents, which have no business in a table.
 * A reader that reaches another instance, or comes after KEEP_AFTER_FINISH_MS, is answered from the
 * generation's stored status instead (stream-v1-generation-events.ts).
 */

export type FeedEntry = { id: number; event: SiteStreamEvent };

type Feed = { entries: FeedEntry[]; isFinished: boolean; waiters: Set<() => void> };

/** How long a finished run's events stay for a late reader. Long enough to reconnect; short enough not to pile up documents. */
export const KEEP_AFTER_FINISH_MS = 60_000;

const feeds = new Map<string, Feed>();

function wake(feed: Feed) {
  const waiters = [...feed.waiters];
  feed.waiters.clear();
  for (const resolve of waiters) resolve();
}

/**
 * Drains a started run into its feed and resolves when the run has ended (never rejects: the run
 * reports its own failures as an `error` event and closes its generation itself). `first` is the
 * event the caller already read (the run's `started`, which carries the generation's id).
 */
export async function feedGeneration(generationId: string, first: SiteStreamEvent, rest: AsyncIterator<SiteStreamEvent>): Promise<void> {
  const feed: Feed = { entries: [], isFinished: false, waiters: new Set() };
  feeds.set(generationId, feed);
  const push = (event: SiteStreamEvent) => {
    // A section still being written is for a preview painting many times a second; an API
    // reader gets each finished section, as the studio's saved draft does.
    if (event.type === 'section-draft') return;
    feed.entries.push({ id: feed.entries.length, event });
    wake(feed);
  };
  push(first);
  try {
    for (;;) {
      const step = await rest.next();
      if (step.done) break;
      push(step.value);
    }
  } catch (err) {
    // runSiteGeneration catches its own errors; this is the database going away under it.
    reportError(err, { where: 'api/generation-feed', generationId });
  } finally {
    feed.isFinished = true;
    wake(feed);
    setTimeout(() => {
      if (feeds.get(generationId) === feed) feeds.delete(generationId);
    }, KEEP_AFTER_FINISH_MS).unref();
  }
}

/**
 * The feed's events after `afterId` (-1: all), then each new one as it comes, ending when the run
 * ends; null when this process holds no feed for the generation. Callers check the reader may see
 * the generation first: the feed is keyed by id only.
 */
export function followGeneration(generationId: string, afterId = -1): AsyncGenerator<FeedEntry> | null {
  const feed = feeds.get(generationId);
  if (!feed) return null;
  return (async function* follow() {
    let next = Math.max(0, afterId + 1);
    for (;;) {
      while (next < feed.entries.length) yield feed.entries[next++]!;
      if (feed.isFinished) return;
      await new Promise<void>((resolve) => feed.waiters.add(resolve));
    }
  })();
}
