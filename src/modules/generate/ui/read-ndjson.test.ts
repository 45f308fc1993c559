import { describe, expect, it } from 'vitest';
import { readNdjson } from './read-ndjson';

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const value of readNdjson(stream)) out.push(value);
  return out;
}

describe('readNdjson', () => {
  it('parses lines split across chunks, including inside a multi-byte character', async () => {
    const bytes = new TextEncoder().encode('{"type":"started"}\n{"name":"Pão Verde"}\n\n{"n":3}');
    const cut = bytes.indexOf(0xc3) + 1; // in the middle of "ã"
    const chunks = [bytes.slice(0, 5), bytes.slice(5, cut), bytes.slice(cut, cut + 2), bytes.slice(cut + 2)];
    expect(await collect(streamOf(chunks))).toEqual([{ type: 'started' }, { name: 'Pão Verde' }, { n: 3 }]);
  });

  it('yields each line as soon as it is complete', async () => {
    const encoder = new TextEncoder();
    let push: ((text: string | null) => void) | undefined;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (text) => (text === null ? controller.close() : controller.enqueue(encoder.encode(text)));
      },
    });
    const iterator = readNdjson(stream);
    push?.('{"a":1}\n{"b"');
    expect((await iterator.next()).value).toEqual({ a: 1 });
    push?.(':2}\n');
    expect((await iterator.next()).value).toEqual({ b: 2 });
    push?.(null);
    expect((await iterator.next()).done).toBe(true);
  });

  it('cancels the body when the consumer stops early', async () => {
    let isCancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":1}\n{"a":2}\n'));
      },
      cancel() {
        isCancelled = true;
      },
    });
    for await (const value of readNdjson(stream)) {
      expect(value).toEqual({ a: 1 });
      break;
    }
    expect(isCancelled).toBe(true);
  });
});
