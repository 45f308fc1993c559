import { defineConfig } from 'drizzle-kit';

// Migrations are SQL files in supabase/migrations, reviewed as SQL (RLS
// policies, triggers and grants are hand-written there). drizzle-kit is used
// only to diff the Drizzle tables against them (`npx drizzle-kit generate`)
// when a module adds columns; never `drizzle-kit push`.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/modules/*/schema.ts', './src/lib/email/schema.ts'],
  out: './supabase/migrations',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  schemaFilter: ['public'],
});
