import type { z } from 'zod';

export type DocumentIssue = {
  /** Dotted path with indices, e.g. `pages[0].sections[2].items[1].titleKey`. */
  path: string;
  message: string;
};

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const name = String(segment);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? (text ? `${text}.${name}` : name) : `${text}[${JSON.stringify(name)}]`;
  }, '');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** Names the section an issue sits in, so "sections[3]" reads as "the features section 'perks'". */
function sectionContext(input: unknown, path: readonly PropertyKey[]): string {
  const index = path.indexOf('sections');
  if (index < 0 || typeof path[index + 1] !== 'number') return '';
  const section = valueAt(input, path.slice(0, index + 2));
  if (section === null || typeof section !== 'object') return '';
  const { type, id } = section as { type?: unknown; id?: unknown };
  const typeText = typeof type === 'string' ? type : 'section';
  const idText = typeof id === 'string' ? ` "${id}"` : '';
  return ` (in ${typeText}${idText})`;
}

/** Turns zod issues into short sentences a person (or a model on retry) can act on. */
export function formatIssues(error: z.ZodError, input: unknown): DocumentIssue[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    return { path, message: `${path || 'document'}${sectionContext(input, issue.path)}: ${issue.message}` };
  });
}
