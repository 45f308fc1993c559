/** "features.items.0.title" → "Title": readable enough for an editor to spot and replace. */
export function placeholderFor(key: string): string {
  const segment = [...key.split('.')].reverse().find((part) => !/^\d+$/.test(part)) ?? key;
  const words = segment
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
