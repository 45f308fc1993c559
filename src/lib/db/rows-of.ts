/** The rows of a raw `execute(sql…)`: PGlite's Drizzle driver returns `{ rows }`, postgres.js the rows array itself. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}
