/**
 * Reads a streamed NDJSON body: yields each complete line parsed as JSON, as soon as it has
 * arrived. A line may be split across chunks (and a chunk may end inside a multi-byte UTF-8
 * character), so text is decoded in streaming mode and only complete lines are parsed.
 * Leaving the loop early (or an aborted fetch) cancels the body. A line that is not JSON is
 * skipped: one garbled line (a proxy's injected banner, a cut write) must not end the stream.
 */
const SKIP = Symbol('skip');

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return SKIP;
  }
}

export async function* readNdjson(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let isFinished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (line !== '') {
          const value = parseLine(line);
          if (value !== SKIP) yield value;
        }
        newline = buffer.indexOf('\n');
      }
    }
    isFinished = true;
    const rest = (buffer + decoder.decode()).trim();
    if (rest !== '') {
      const value = parseLine(rest);
      if (value !== SKIP) yield value;
    }
  } finally {
    if (!isFinished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
