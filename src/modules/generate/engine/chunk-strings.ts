/**
 * Splits a key → text table into chunks of at most `maxKeys` keys and about `maxChars`
 * characters of text, in table order. Small calls run in parallel and fail independently; a
 * text longer than `maxChars` gets a chunk of its own.
 */
export function chunkStrings(texts: Record<string, string>, maxKeys: number, maxChars = 6_000): Array<Record<string, string>> {
  const chunks: Array<Record<string, string>> = [];
  let current: Record<string, string> = {};
  let count = 0;
  let chars = 0;
  for (const [key, text] of Object.entries(texts)) {
    if (count > 0 && (count >= maxKeys || chars + text.length > maxChars)) {
      chunks.push(current);
      current = {};
      count = 0;
      chars = 0;
    }
    current[key] = text;
    count += 1;
    chars += text.length;
  }
  if (count > 0) chunks.push(current);
  return chunks;
}
