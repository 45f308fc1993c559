// Small helpers over plain JSON values, used on a private clone of the document (apply-edit.ts),
// so mutation here never reaches a document anyone else holds.

export type JsonPath = readonly (string | number)[];

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return value !== null && typeof value === 'object';
}

function childOf(container: Container, segment: string | number): unknown {
  if (Array.isArray(container)) return typeof segment === 'number' ? container[segment] : undefined;
  return typeof segment === 'string' && Object.hasOwn(container, segment) ? container[segment] : undefined;
}

/** The value at `path`, or undefined when any step is missing. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let current = root;
  for (const segment of path) {
    if (!isContainer(current)) return undefined;
    current = childOf(current, segment);
  }
  return current;
}

/**
 * Sets (or, with `undefined`, removes) the value at `path`. The parent must exist and have the
 * right shape; returns false otherwise so the caller can refuse the edit. Never creates
 * prototype-polluting keys.
 */
export function setAt(root: unknown, path: JsonPath, value: unknown): boolean {
  if (path.length === 0) return false;
  const parent = getAt(root, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (!isContainer(parent)) return false;
  if (Array.isArray(parent)) {
    if (typeof last !== 'number' || last >= parent.length || value === undefined) return false;
    parent[last] = value;
    return true;
  }
  if (typeof last !== 'string' || last === '__proto__' || last === 'constructor' || last === 'prototype') return false;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return true;
}

/**
 * Deep equality of JSON values where key order does not matter and a key holding `undefined`
 * counts as absent. Used to notice that validation dropped something (an unknown field).
 */
export function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => isSameJson(item, b[index]));
  }
  if (!isContainer(a) || !isContainer(b)) return false;
  const keysOf = (value: Record<string, unknown>) => Object.keys(value).filter((key) => value[key] !== undefined);
  const aKeys = keysOf(a as Record<string, unknown>);
  const bKeys = keysOf(b as Record<string, unknown>);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every(
    (key) => Object.hasOwn(b, key) && isSameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
