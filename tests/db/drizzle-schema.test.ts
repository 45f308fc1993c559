import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { DbHandle } from '@/lib/db/client';
import * as accounts from '@/modules/accounts/schema';
import * as projects from '@/modules/projects/schema';
import * as generate from '@/modules/generate/schema';
import * as drafts from '@/modules/drafts/schema';
import * as metering from '@/modules/metering/schema';
import * as host from '@/modules/host/schema';
import * as storage from '@/modules/storage/schema';
import * as editor from '@/modules/editor/schema';
import * as billing from '@/modules/billing/schema';
import * as domains from '@/modules/domains/schema';
import * as notifications from '@/modules/notifications/schema';
import * as webhooks from '@/modules/webhooks/schema';
import * as tickets from '@/modules/tickets/schema';
import * as analyzer from '@/modules/analyzer/schema';
import * as uptime from '@/modules/insights/uptime-schema';
import * as performance from '@/modules/insights/performance-schema';
import * as legal from '@/modules/legal/schema';
import * as api from '@/modules/api/schema';
import * as ai from '@/lib/ai/schema';
import * as auth from '@/lib/auth/schema';
import * as crm from '@/lib/crm/schema';
import * as email from '@/lib/email/schema';
import * as jobs from '@/lib/jobs/schema';
import { createTestDb } from '@tests/helpers/test-db';

// The SQL migrations are the schema; the Drizzle tables are typed views of it. This keeps the
// views honest: every column a Drizzle table declares exists in the migrated database with the
// same type and nullability (a typo or a dropped column fails here, not at run time).

const tables = [
  accounts,
  projects,
  generate,
  drafts,
  editor,
  metering,
  host,
  storage,
  billing,
  domains,
  notifications,
  api,
  webhooks,
  tickets,
  analyzer,
  uptime,
  performance,
  legal,
  ai,
  auth,
  crm,
  email,
  jobs,
].flatMap((mod) => Object.values(mod).filter((value): value is PgTable => value instanceof PgTable));

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe('Drizzle tables match the migrated database', () => {
  it('finds the tables', () => {
    expect(tables.length).toBeGreaterThan(15);
  });

  for (const table of tables) {
    const config = getTableConfig(table);
    const schema = config.schema ?? 'public';
    it(`${schema}.${config.name} (${config.columns.length} columns)`, async () => {
      const rows = await handle.executor.query<{ column_name: string; type: string; is_nullable: boolean }>(
        `select a.attname as column_name, format_type(a.atttypid, a.atttypmod) as type, not a.attnotnull as is_nullable
           from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = $1 and c.relname = $2 and a.attnum > 0 and not a.attisdropped`,
        [schema, config.name],
      );
      const actual = new Map(rows.map((r) => [r.column_name, r]));
      expect(actual.size, `table ${schema}.${config.name} exists`).toBeGreaterThan(0);
      for (const column of config.columns) {
        const db = actual.get(column.name);
        expect(db, `${config.name}.${column.name} exists`).toBeDefined();
        const declared = column.getSQLType();
        expect(normalize(db!.type), `${config.name}.${column.name} type`).toBe(normalize(declared));
        // A column the database may leave null must not be typed as always present.
        if (db!.is_nullable) expect(column.notNull, `${config.name}.${column.name} is nullable in the database`).toBe(false);
      }
    });
  }
});

/** Drizzle and Postgres spell a few types differently (enum names are schema-qualified by Postgres). */
function normalize(type: string): string {
  return type.replace(/^public\./, '').replace(/^"?([a-z_]+)"?$/, '$1');
}
