// `npm run plans:migration`: writes the migration that makes tier_limits equal the plan catalogue
// (src/modules/billing/content/plans.json). Changing a plan is one edit of that file plus this
// command; tests/billing/plan-parity.test.ts fails until the migration exists. Writes nothing when
// the newest generated migration already says the same (the SQL is deterministic).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listMigrations, migrationsDir } from '@/lib/db/migrate';
import { tierLimitsUpsertSql } from '@/modules/billing/plan-limits-sql';

const NAME = 'plan_catalogue';

/** yyyymmddHHMMSS in UTC: the shape every migration's version has. */
function versionOf(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

async function main() {
  const dir = migrationsDir();
  const migrations = await listMigrations(dir);
  const body = tierLimitsUpsertSql();
  const lastGenerated = migrations.filter((m) => m.name === NAME).at(-1);
  // A hand-written migration after it that writes tier_limits means it is no longer the last word.
  const laterWrites = lastGenerated
    ? await Promise.all(
        migrations
          .filter((m) => m.version > lastGenerated.version)
          .map(async (m) => /(insert into|update|alter table)\s+public\.tier_limits/i.test(await readFile(m.file, 'utf8'))),
      )
    : [];
  if (lastGenerated && !laterWrites.includes(true) && (await readFile(lastGenerated.file, 'utf8')) === body) {
    console.log(`tier_limits already match the catalogue (${path.basename(lastGenerated.file)}): nothing to write.`);
    return;
  }
  // After every existing migration, whatever the clock says: migration versions here run ahead of
  // the calendar, and a generated upsert must be applied last to have the last word.
  const last = migrations.at(-1)?.version ?? '0';
  const now = versionOf(new Date());
  const version = now > last ? now : String(BigInt(last) + 100n).padStart(14, '0');
  const file = path.join(dir, `${version}_${NAME}.sql`);
  await writeFile(file, body);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
