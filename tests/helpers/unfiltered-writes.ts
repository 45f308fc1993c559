import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import type { VerifiedClaims } from '@/lib/claims';
import { rowsOf } from '@/lib/db/rows-of';
import { bind, rolledBackAs, sqlErrorOf } from './rolled-back';

/**
 * UPDATE and DELETE statements with no WHERE clause, run as a caller, for the RLS matrix.
 *
 * Why not `update t set c = c … where id = … returning id`: PostgreSQL adds a table's SELECT
 * policies to an UPDATE or DELETE whenever the statement reads the table's columns (a WHERE,
 * a RETURNING, or a SET expression such as `c = c`). The SELECT policy then hides how loose
 * the UPDATE or DELETE policy's USING clause is. These statements read no column:
 *   delete from public.t
 *   update public.t set c = null      -- c: the first column the role may update (catalogue)
 * so only the UPDATE/DELETE policies (and grants and triggers) decide which rows they reach.
 * For the UPDATE, a BEFORE trigger that sorts first puts the old row back, so every row the
 * statement reaches is really written (a new row version, the other triggers fire, constraints
 * and WITH CHECK see a valid row) whatever c's constraints are. The rows reached are found
 * from the privileged side of the same transaction: a deleted key, or a key whose xmin (row
 * version) changed. RETURNING cannot tell: it is filtered by the SELECT policy too.
 */

export type ProbeOp = 'update' | 'delete';

/** What the catalogue says about a table in public, per API role (anon, authenticated). */
export type TableShape = {
  table: string;
  /** The primary key's columns; null when the table has none (the probe cannot name rows). */
  keyColumns: string[] | null;
  /** The first column an UPDATE may name at all (not generated, not an identity): the statement a role without the grant is refused. */
  anyColumn: string;
  /** The first column each role may UPDATE (not generated, not an identity), null for none. */
  updateColumn: Record<string, string | null>;
  mayDelete: Record<string, boolean>;
};

const API_ROLES = ['anon', 'authenticated'] as const;

/** Every table in public, from pg_class: a table added by a migration is probed without editing a list. */
export async function tablesInPublic(handle: DbHandle): Promise<TableShape[]> {
  const perRole = API_ROLES.map(
    (r) => `
      (select a.attname::text from pg_attribute a
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '' and a.attidentity <> 'a'
          and has_column_privilege('${r}', c.oid, a.attnum, 'UPDATE')
        order by a.attnum limit 1) as "update_${r}",
      has_table_privilege('${r}', c.oid, 'DELETE') as "delete_${r}"`,
  );
  const rows = await handle.executor.query<Record<string, unknown>>(`
    select c.relname::text as table,
      (select array_agg(a.attname::text order by k.ord)
         from pg_index i
         cross join unnest(i.indkey::int2[]) with ordinality as k(attnum, ord)
         join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
        where i.indrelid = c.oid and i.indisprimary) as key_columns,
      (select a.attname::text from pg_attribute a
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '' and a.attidentity <> 'a'
        order by a.attnum limit 1) as any_column,
      ${perRole.join(',')}
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    order by 1`);
  return rows.map((r) => ({
    table: r.table as string,
    keyColumns: (r.key_columns as string[] | null) ?? null,
    anyColumn: r.any_column as string,
    updateColumn: Object.fromEntries(API_ROLES.map((role) => [role, (r[`update_${role}`] as string | null) ?? null])),
    mayDelete: Object.fromEntries(API_ROLES.map((role) => [role, r[`delete_${role}`] === true])),
  }));
}

/** A set of the table's rows named by a privileged query (e.g. "tenant B's rows"); $1… are `params`. */
export type RowGroup = { query: string; params: readonly unknown[] };

export type ProbeOutcome =
  | {
      kind: 'refused';
      /** Whether the role lacks the grant for the statement (then a refusal is the expected answer). */
      withoutGrant: boolean;
      code: string | undefined;
      message: string;
    }
  | {
      kind: 'ran';
      /** True when it ran although the catalogue says the role lacks the grant (nothing was recorded then). */
      withoutGrant: boolean;
      /** Keys (JSON of the primary key) of the rows the statement deleted or wrote. */
      reached: string[];
      /** Per group: its rows' keys before, and its rows (as JSON) before and after the statement. */
      groups: Record<string, { keys: string[]; before: string[]; after: string[] }>;
    };

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Runs the unfiltered `op` on `shape.table` as `claims` in a transaction that is rolled back.
 * `plant` (SQL statements) runs first on the privileged role in the same transaction: the tests use it to
 * loosen a policy and check that the probe notices.
 */
export async function probeUnfiltered(
  handle: DbHandle,
  claims: VerifiedClaims | null,
  shape: TableShape & { keyColumns: string[] },
  op: ProbeOp,
  groups: Record<string, RowGroup>,
  plant: readonly string[] = [],
): Promise<ProbeOutcome> {
  const table = `public.${ident(shape.table)}`;
  const key = `jsonb_build_array(${shape.keyColumns.map((c) => `x.${ident(c)}`).join(', ')})::text`;

  return rolledBackAs(handle.db, claims, async (tx, asSystem, role) => {
    const groupRows = async (g: RowGroup, what: string) =>
      rowsOf<{ v: string }>(await tx.execute(bind(`select ${what} as v from (${g.query}) x order by 1`, g.params))).map((r) => r.v);
    const column = shape.updateColumn[role] ?? null;
    const withoutGrant = op === 'delete' ? !shape.mayDelete[role] : column === null;

    const statement = op === 'delete' ? `delete from ${table}` : `update ${table} set ${ident(column ?? shape.anyColumn)} = null`;
    const run = async () => {
      try {
        await tx.execute(sql.raw(statement));
        return undefined;
      } catch (err) {
        // The transaction is aborted: the statement wrote nothing.
        return { kind: 'refused', withoutGrant, ...sqlErrorOf(err) } as const;
      }
    };
    if (withoutGrant) {
      if (plant.length > 0) {
        await asSystem(async () => {
          for (const statement of plant) await tx.execute(sql.raw(statement));
        });
      }
      return (await run()) ?? { kind: 'ran', reached: [], groups: {}, withoutGrant: true };
    }

    const before = await asSystem(async () => {
      for (const statement of plant) await tx.execute(sql.raw(statement));
      await tx.execute(sql.raw(`create temp table rls_probe_before as select ${key} as k, x.xmin::text as v from ${table} x`));
      if (op === 'update') {
        await tx.execute(
          sql.raw(`create function pg_temp.rls_probe_keep_row() returns trigger language plpgsql as $$ begin return old; end $$`),
        );
        await tx.execute(
          sql.raw(
            `create trigger "0_rls_probe_keeps_the_row" before update on ${table} for each row execute function pg_temp.rls_probe_keep_row()`,
          ),
        );
      }
      const out: Record<string, { keys: string[]; before: string[] }> = {};
      for (const [name, g] of Object.entries(groups))
        out[name] = { keys: await groupRows(g, key), before: await groupRows(g, 'to_jsonb(x)::text') };
      return out;
    });
    const refused = await run();
    if (refused) return refused;

    return asSystem(async () => {
      const reached = rowsOf<{ k: string }>(
        await tx.execute(
          sql.raw(`select b.k from rls_probe_before b
                   left join (select ${key} as k, x.xmin::text as v from ${table} x) a on a.k = b.k
                   where a.k is null or a.v <> b.v order by 1`),
        ),
      ).map((r) => r.k);
      const out: Record<string, { keys: string[]; before: string[]; after: string[] }> = {};
      for (const [name, g] of Object.entries(groups)) out[name] = { ...before[name]!, after: await groupRows(g, 'to_jsonb(x)::text') };
      return { kind: 'ran', reached, groups: out, withoutGrant: false } as const;
    });
  });
}
