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
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      } catch (err) {
        controller.enqueue(encoder.encode(`${JSON.stringify(onError(err))}\n`));
        controller.close();
      }
    },
    async cancel() {
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
