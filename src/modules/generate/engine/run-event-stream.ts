import { GenerationAbortedError } from '@/lib/ai/generate-structured';

export type Emit<E> = (event: E) => void;

type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Turns callback-style work (parallel calls emitting events as they finish) into an async
 * generator. Events are yielded in the order they were emitted. Aborting `signal` — or the
 * consumer leaving the loop early — aborts the signal handed to `work`, so every in-flight
 * model call stops at once; after an abort nothing more is yielded and the generator throws
 * an AbortError (`GenerationAbortedError`).
 */
export async function* runEventStream<E, R>(
  work: (emit: Emit<E>, signal: AbortSignal) => Promise<R>,
  signal?: AbortSignal,
): AsyncGenerator<E, R> {
  if (signal?.aborted) throw new GenerationAbortedError([], { cause: signal.reason });
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });

  const queue: E[] = [];
  // Written from callbacks; a holder keeps TypeScript from narrowing it to its initial null.
  const state: { outcome: Outcome<R> | null; wake: (() => void) | null } = { outcome: null, wake: null };
  const notify = () => {
    const wake = state.wake;
    state.wake = null;
    wake?.();
  };
  controller.signal.addEventListener('abort', notify, { once: true });

  const emit: Emit<E> = (event) => {
    if (controller.signal.aborted) return;
    queue.push(event);
    notify();
  };
  work(emit, controller.signal).then(
    (value) => {
      state.outcome = { ok: true, value };
      notify();
    },
    (error: unknown) => {
      state.outcome = { ok: false, error };
      notify();
    },
  );

  try {
    for (;;) {
      if (controller.signal.aborted) throw new GenerationAbortedError([], { cause: controller.signal.reason });
      const next = queue.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      const outcome = state.outcome;
      if (outcome) {
        if (outcome.ok) return outcome.value;
        throw outcome.error;
      }
      await new Promise<void>((resolve) => {
        state.wake = resolve;
      });
    }
  } finally {
    signal?.removeEventListener('abort', forwardAbort);
    // Finished, failed, aborted or abandoned by the consumer: stop whatever is still running.
    controller.abort();
  }
}
