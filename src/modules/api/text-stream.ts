/**
 * A response body pulled from an async iterator of text, one chunk per pull, so a slow reader
 * holds back the database reads behind it. `onError` reports a failure and says how the stream
 * ends: `error` breaks it (a cut file must not look whole), `close` ends it (an event stream the
 * reader may resume). Cancelling returns the iterator, so its cursor stops.
 */
export function textStream(
  iterator: AsyncGenerator<string, void, undefined>,
  onError: (err: unknown) => 'error' | 'close',
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const step = await iterator.next();
        if (step.done) controller.close();
        else controller.enqueue(encoder.encode(step.value));
      } catch (err) {
        if (onError(err) === 'error') controller.error(err);
        else controller.close();
      }
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
}
