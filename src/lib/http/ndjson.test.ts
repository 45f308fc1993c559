import { afterEach, describe, expect, it, vi } from 'vitest';
import { ndjsonResponse } from './ndjson';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ndjsonResponse', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
    unhandled.length = 0;
  });

  it('streams one JSON line per event and ends', async () => {
    async function* events() {
      yield { n: 1 };
      yield { n: 2 };
    }
    const text = await ndjsonResponse(events(), () => ({ n: -1 })).text();
    expect(text).toBe('{"n":1}\n{"n":2}\n');
  });

  it('turns a thrown error into one last error line', async () => {
    async function* events(): AsyncGenerator<{ n: number }> {
      yield { n: 1 };
      throw new Error('boom');
    }
    const text = await ndjsonResponse(events(), () => ({ n: -1 })).text();
    expect(text).toBe('{"n":1}\n{"n":-1}\n');
  });

  it('a reader that cancels while an event is pending ends the stream quietly: no error, no late write', async () => {
    process.on('unhandledRejection', onUnhandled);
    const onError = vi.fn(() => ({ n: -1 }));
    let release: () => void = () => {};
    let isReturned = false;
    // A producer like a generation: the next event is pending when the person presses Stop, and
    // it still arrives (or fails) after the cancel.
    const iterator: AsyncIterator<{ n: number }> = {
      next: vi
        .fn()
        .mockResolvedValueOnce({ value: { n: 1 }, done: false })
        .mockImplementationOnce(() => new Promise((resolve) => (release = () => resolve({ value: { n: 2 }, done: false }))))
        .mockRejectedValue(new Error('aborted')),
      return: async () => {
        isReturned = true;
        return { value: undefined, done: true };
      },
    };
    const response = ndjsonResponse({ [Symbol.asyncIterator]: () => iterator }, onError);
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('{"n":1}\n');
    const pendingRead = reader.read(); // the stream pulls the next event, which is still pending
    await tick(5);
    await reader.cancel();
    release();
    await tick(20);
    expect(await pendingRead).toEqual({ done: true, value: undefined });
    expect(isReturned).toBe(true);
    expect(onError).not.toHaveBeenCalled();
    expect(unhandled).toEqual([]);
  });
});
