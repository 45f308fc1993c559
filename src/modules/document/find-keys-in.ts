// The naming convention *is* the contract: a property named `…Key` holds one i18n key and a
// property named `…Keys` holds a list of them. Walking by name (instead of listing fields per
// section) means a new section type cannot forget to declare its strings.

export function isKeyField(name: string): boolean {
  return name.endsWith('Key') && name.length > 3;
}

export function isKeyListField(name: string): boolean {
  return name.endsWith('Keys') && name.length > 4;
}

/** Name of the field once its text is inlined: `titleKey` → `title`, `featureKeys` → `features`. */
export function inlineFieldName(name: string): string {
  if (isKeyListField(name)) return `${name.slice(0, -4)}s`;
  if (isKeyField(name)) return name.slice(0, -3);
  return name;
}

/** Every i18n key referenced anywhere inside `value`, in document order, duplicates kept. */
export function findKeysIn(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) findKeysIn(item, into);
    return into;
  }
  if (value === null || typeof value !== 'object') return into;
  for (const [name, child] of Object.entries(value)) {
    if (isKeyField(name) && typeof child === 'string') into.push(child);
    else if (isKeyListField(name) && Array.isArray(child)) {
      for (const key of child) if (typeof key === 'string') into.push(key);
    } else findKeysIn(child, into);
  }
  return into;
}
