import { defineConfig } from 'drizzle-kit';

// Migrations are hand-written SQL in supabase/migrations, reviewed as SQL: RLS policies, grants,
// triggers and SECURITY DEFINER functions live there, next to the tables, and the Drizzle tables
// in src/**/schema.ts are typed views of them (tests/db/drizzle-schema.test.ts checks every
// column against the migrated database). So `drizzle-kit generate` is not our workflow — it
// would write to .drizzle/ (ignored), never into supabase/migrations — and `drizzle-kit push`
// is never used. This config serves `npx drizzle-kit studio` and `drizzle-kit pull` (to compare
// a live database with the migrations).
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/modules/*/schema.ts', './src/lib/*/schema.ts'],
  out: './.drizzle',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  schemaFilter: ['public'],
});
