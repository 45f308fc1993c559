import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs Supabase's database advisor lints ("splinter", github.com/supabase/splinter,
 * Apache-2.0) against any Postgres reachable through `query`, so tests can assert
 * that our schema reports nothing. The lint SQL lives verbatim in ./lints; see the
 * header line of each file for its exact upstream source.
 */

export type SplinterQuery = (sql: string) => Promise<Array<Record<string, unknown>>>;

export type SplinterFinding = { name: string; level: string; detail: string; cache_key?: string };

export type RunSplinterOptions = {
  /**
   * Lint names (`unused_index`), lint file stems (`0005_unused_index`) or individual
   * findings' cache keys (splinter designed `cache_key` for exclusion lists).
   */
  exclude?: string[];
  /** Also run the lints in NOT_APPLICABLE_LINTS. */
  includeNotApplicable?: boolean;
  /**
   * The schemas the Data API exposes. Splinter reads them from the PostgREST
   * setting `pgrst.db_schemas`, which plain Postgres and PGlite don't have: unset,
   * the lints that depend on it silently report nothing. We substitute this list
   * for the setting instead of relying on session state.
   */
  exposedSchemas?: string[];
};

export type SplinterLint = { file: string; stem: string; name: string; sql: string };

/** Lints skipped by default, with the reason they say nothing useful about a schema here. */
export const NOT_APPLICABLE_LINTS: ReadonlyArray<{ name: string; reason: string }> = [
  { name: 'unused_index', reason: 'Usage statistic: every index in a freshly migrated database has idx_scan = 0.' },
  { name: 'table_bloat', reason: 'Needs ANALYZE statistics and >20 MB of dead space; meaningless on a fresh database.' },
  { name: 'unused_replication_slot', reason: 'Describes server replication state, not our schema.' },
  { name: 'insecure_queue_exposed_in_api', reason: 'Needs the pgmq extension and a pgmq_public exposed schema (Supabase Queues).' },
  {
    name: 'public_bucket_allows_listing',
    reason: 'Needs Supabase Storage (storage.buckets, storage.objects), which plain Postgres and PGlite do not have.',
  },
  { name: 'pg_graphql_anon_table_exposed', reason: 'Gated on the pg_graphql extension, which plain Postgres and PGlite do not have.' },
  {
    name: 'pg_graphql_authenticated_table_exposed',
    reason: 'Gated on the pg_graphql extension, which plain Postgres and PGlite do not have.',
  },
];

const LINTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lints');

// Lint files are `create view lint."NNNN_name" as <query>;` (or the compiled form,
// already unwrapped); we run the bare query.
const CREATE_VIEW_LINE = /^\s*create\s+(?:or\s+replace\s+)?view\s+lint\."[^"]+"\s+as\s*$/im;
const EXPOSED_SCHEMAS_SETTING = /current_setting\(\s*'pgrst\.db_schemas'\s*,\s*'(?:t|true)'\s*\)/gi;

export function loadSplinterLints(): SplinterLint[] {
  return readdirSync(LINTS_DIR)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => {
      const stem = file.slice(0, -'.sql'.length);
      const sql = readFileSync(path.join(LINTS_DIR, file), 'utf8').replace(CREATE_VIEW_LINE, '').trim().replace(/;$/, '');
      // Every splinter file is NNNN_<name>.sql where <name> is the lint's `name` column.
      return { file, stem, name: stem.replace(/^\d{4}_/, ''), sql };
    });
}

function withExposedSchemas(lint: SplinterLint, exposedSchemas: string[]): string {
  for (const schema of exposedSchemas) {
    if (!/^[a-z_][a-z0-9_$]*$/i.test(schema)) throw new Error(`Unsupported schema name for exposedSchemas: ${schema}`);
  }
  const sql = lint.sql.replace(EXPOSED_SCHEMAS_SETTING, `'${exposedSchemas.join(',')}'`);
  // A new upstream spelling of the setting would otherwise make the lint silently pass.
  if (sql.includes('pgrst.db_schemas')) {
    throw new Error(`${lint.file} reads pgrst.db_schemas in a form run-splinter.ts does not substitute`);
  }
  return sql;
}

export async function runSplinter(query: SplinterQuery, options: RunSplinterOptions = {}): Promise<SplinterFinding[]> {
  const exclude = new Set(options.exclude ?? []);
  const notApplicable = new Set(NOT_APPLICABLE_LINTS.map((lint) => lint.name));
  const exposedSchemas = options.exposedSchemas ?? ['public'];
  const findings: SplinterFinding[] = [];

  for (const lint of loadSplinterLints()) {
    if (exclude.has(lint.name) || exclude.has(lint.stem)) continue;
    if (!options.includeNotApplicable && notApplicable.has(lint.name)) continue;

    let rows: Array<Record<string, unknown>>;
    try {
      rows = await query(withExposedSchemas(lint, exposedSchemas));
    } catch (error) {
      // A lint that cannot run must fail the caller: skipping it would read as "no findings".
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`splinter lint ${lint.file} failed: ${message}`, { cause: error });
    }

    for (const row of rows) {
      const cacheKey = row.cache_key == null ? undefined : String(row.cache_key);
      if (cacheKey !== undefined && exclude.has(cacheKey)) continue;
      findings.push({ name: String(row.name), level: String(row.level), detail: String(row.detail), cache_key: cacheKey });
    }
  }
  return findings;
}
