import { httpStatusFor, toUserError, type UserError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/translate';

/**
 * Streams an async iterable as NDJSON (one JSON object per line). The
 * consumer's disconnect aborts the producer through the request's signal;
 * errors thrown by the producer become one final `{ type: 'error' }` line.
 */
export function ndjsonResponse<T>(events: AsyncIterable<T>, onError: (err: unknown) => T): Response {
  const encoder = new TextEncoder();
  const iterator = events[Symbol.asyncIterator]();
  // A reader that goes away (the person pressed Stop, closed the tab) cancels the stream while a
  // pull may still be waiting for the next event. That is a normal end, not an error: once
  // cancelled, nothing more is written to the controller (writing would throw "Invalid state:
  // Controller is already closed") and the producer's late outcome is dropped.
  let isCancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let line: string | null;
      try {
        const { value, done } = await iterator.next();
        line = done ? null : `${JSON.stringify(value)}\n`;
      } catch (err) {
        if (isCancelled) return;
        controller.enqueue(encoder.encode(`${JSON.stringify(onError(err))}\n`));
        controller.close();
        return;
      }
      if (isCancelled) return;
      if (line === null) controller.close();
      else controller.enqueue(encoder.encode(line));
    },
    async cancel() {
      isCancelled = true;
      await iterator.return?.(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      // Tell proxies (nginx and friends) not to buffer: each line is a visible step.
      'X-Accel-Buffering': 'no',
    },
  });
}

/** `{ error }` for an error already in the person's language, with the status its code maps to. */
export function jsonUserError(error: UserError): Response {
  return Response.json({ error }, { status: httpStatusFor(error.code), headers: { 'Cache-Control': 'no-store' } });
}

/** `{ error }` for anything thrown (or an AppError made on the spot), in the request's locale. */
export function jsonError(err: unknown, locale: Locale): Response {
  return jsonUserError(toUserError(err, locale));
}
