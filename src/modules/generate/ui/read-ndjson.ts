/**
 * Reads a streamed NDJSON body: yields each complete line parsed as JSON, as soon as it has
 * arrived. A line may be split across chunks (and a chunk may end inside a multi-byte UTF-8
 * character), so text is decoded in streaming mode and only complete lines are parsed.
 * Leaving the loop early (or an aborted fetch) cancels the body.
 */
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
        if (line !== '') yield JSON.parse(line) as unknown;
        newline = buffer.indexOf('\n');
      }
    }
    isFinished = true;
    const rest = (buffer + decoder.decode()).trim();
    if (rest !== '') yield JSON.parse(rest) as unknown;
  } finally {
    if (!isFinished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
