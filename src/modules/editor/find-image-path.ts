type Path = (string | number)[];

/**
 * Where in a section the image whose alt text has `altKey` sits (`['image']`,
 * `['items', 2, 'image']`), or null. The canvas names a clicked picture by its alt key — unique in
 * the document — so the editor can open the picker for exactly that field; a key that names no
 * image of that section (a forged or stale message) finds nothing.
 */
export function findImagePath(section: unknown, altKey: string): Path | null {
  const walk = (value: unknown, path: Path): Path | null => {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const found = walk(value[index], [...path, index]);
        if (found) return found;
      }
      return null;
    }
    if (value === null || typeof value !== 'object') return null;
    const record = value as Record<string, unknown>;
    if (typeof record.src === 'string' && record.altKey === altKey) return path;
    for (const [key, child] of Object.entries(record)) {
      const found = walk(child, [...path, key]);
      if (found) return found;
    }
    return null;
  };
  return altKey === '' ? null : walk(section, []);
}
