import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSplinterLints, NOT_APPLICABLE_LINTS, runSplinter, type SplinterFinding } from './run-splinter';
import { SUPABASE_COMPAT_SQL } from './supabase-compat';
import { openThrowawayDatabase, type ThrowawayDatabase } from './throwaway-database';

// The same three tables and trigger function twice: once with one planted mistake per
// lint we rely on, once written the way CONVENTIONS.md asks. Only the mistakes differ.

const BAD_SCHEMA = /* sql */ `
  -- Readable by anon/authenticated through Supabase's default grants, no RLS.
  create table public.notes (
    id uuid primary key default gen_random_uuid(),
    body text not null
  );

  create table public.projects (
    id uuid primary key default gen_random_uuid(),
    owner uuid not null references auth.users (id),
    name text not null,
    updated_at timestamptz not null default now()
  );
  create index projects_owner_idx on public.projects (owner);
  alter table public.projects enable row level security;
  -- auth.uid() not wrapped in (select ...): evaluated once per row.
  create policy projects_select_own on public.projects for select to authenticated
    using (auth.uid() = owner);

  create table public.tasks (
    id uuid primary key default gen_random_uuid(),
    project_id uuid not null references public.projects (id), -- no index
    owner uuid not null references auth.users (id),
    title text not null
  );
  create index tasks_owner_idx on public.tasks (owner);
  alter table public.tasks enable row level security;
  -- Two permissive SELECT policies for the same role.
  create policy tasks_select_own on public.tasks for select to authenticated
    using ((select auth.uid()) = owner);
  create policy tasks_select_project on public.tasks for select to authenticated
    using (project_id in (select id from public.projects where owner = (select auth.uid())));

  -- No search_path pinned.
  create function public.touch_updated_at() returns trigger language plpgsql as $$
  begin
    new.updated_at := now();
    return new;
  end;
  $$;
  create trigger projects_touch_updated_at before update on public.projects
    for each row execute function public.touch_updated_at();
`;

const GOOD_SCHEMA = /* sql */ `
  create table public.notes (
    id uuid primary key default gen_random_uuid(),
    owner uuid not null references auth.users (id),
    body text not null
  );
  create index notes_owner_idx on public.notes (owner);
  alter table public.notes enable row level security;
  create policy notes_select_own on public.notes for select to authenticated
    using ((select auth.uid()) = owner);

  create table public.projects (
    id uuid primary key default gen_random_uuid(),
    owner uuid not null references auth.users (id),
    name text not null,
    updated_at timestamptz not null default now()
  );
  create index projects_owner_idx on public.projects (owner);
  alter table public.projects enable row level security;
  create policy projects_select_own on public.projects for select to authenticated
    using ((select auth.uid()) = owner);

  create table public.tasks (
    id uuid primary key default gen_random_uuid(),
    project_id uuid not null references public.projects (id),
    owner uuid not null references auth.users (id),
    title text not null
  );
  create index tasks_project_id_idx on public.tasks (project_id);
  create index tasks_owner_idx on public.tasks (owner);
  alter table public.tasks enable row level security;
  create policy tasks_select_visible on public.tasks for select to authenticated
    using (
      (select auth.uid()) = owner
      or project_id in (select id from public.projects where owner = (select auth.uid()))
    );

  create function public.touch_updated_at() returns trigger language plpgsql
  set search_path = ''
  as $$
  begin
    new.updated_at := pg_catalog.now();
    return new;
  end;
  $$;
  create trigger projects_touch_updated_at before update on public.projects
    for each row execute function public.touch_updated_at();
`;

async function openWithSchema(schemaSql: string): Promise<ThrowawayDatabase> {
  const db = await openThrowawayDatabase();
  try {
    await db.exec(SUPABASE_COMPAT_SQL);
    await db.exec(schemaSql);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

const names = (findings: SplinterFinding[]) => [...new Set(findings.map((finding) => finding.name))].sort();

describe('splinter lint files', () => {
  it('name every not-applicable lint after a lint that exists', () => {
    const lintNames = loadSplinterLints().map((lint) => lint.name);
    for (const { name } of NOT_APPLICABLE_LINTS) expect(lintNames).toContain(name);
  });
});

describe('runSplinter on a schema with planted mistakes', () => {
  let db: ThrowawayDatabase;
  let findings: SplinterFinding[];

  beforeAll(async () => {
    db = await openWithSchema(BAD_SCHEMA);
    findings = await runSplinter(db.query);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('flags the public table without RLS', () => {
    expect(findings).toContainEqual(
      expect.objectContaining({ name: 'rls_disabled_in_public', level: 'ERROR', cache_key: 'rls_disabled_in_public_public_notes' }),
    );
  });

  it('flags auth.uid() that is not wrapped in (select ...)', () => {
    expect(findings).toContainEqual(
      expect.objectContaining({ name: 'auth_rls_initplan', cache_key: 'auth_rls_init_plan_public_projects_projects_select_own' }),
    );
  });

  it('flags the function without a pinned search_path', () => {
    expect(findings).toContainEqual(
      expect.objectContaining({ name: 'function_search_path_mutable', detail: expect.stringContaining('public.touch_updated_at') }),
    );
  });

  it('flags the foreign key without an index', () => {
    expect(findings).toContainEqual(
      expect.objectContaining({ name: 'unindexed_foreign_keys', cache_key: 'unindexed_foreign_keys_public_tasks_tasks_project_id_fkey' }),
    );
  });

  it('flags two permissive SELECT policies for the same role', () => {
    expect(findings).toContainEqual(
      expect.objectContaining({
        name: 'multiple_permissive_policies',
        cache_key: 'multiple_permissive_policies_public_tasks_authenticated_SELECT',
      }),
    );
  });

  it('reports the planted mistakes and nothing else', () => {
    expect(names(findings)).toEqual([
      'auth_rls_initplan',
      'function_search_path_mutable',
      'multiple_permissive_policies',
      'rls_disabled_in_public',
      'unindexed_foreign_keys',
    ]);
    expect(findings).toHaveLength(5);
  });

  it('scopes API-exposure lints to exposedSchemas, standing in for pgrst.db_schemas', async () => {
    const onlyApiExposed = await runSplinter(db.query, { exposedSchemas: ['api'] });
    expect(names(onlyApiExposed)).not.toContain('rls_disabled_in_public');
    // Lints about the tables themselves do not depend on exposure.
    expect(names(onlyApiExposed)).toContain('unindexed_foreign_keys');
  });

  it('drops excluded lints by name and excluded findings by cache key', async () => {
    const remaining = await runSplinter(db.query, {
      exclude: ['function_search_path_mutable', '0006_multiple_permissive_policies', 'rls_disabled_in_public_public_notes'],
    });
    expect(names(remaining)).toEqual(['auth_rls_initplan', 'unindexed_foreign_keys']);
  });
});

describe('runSplinter on the same schema written to our conventions', () => {
  let db: ThrowawayDatabase;

  beforeAll(async () => {
    db = await openWithSchema(GOOD_SCHEMA);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('reports nothing', async () => {
    expect(await runSplinter(db.query)).toEqual([]);
  });

  it('runs the not-applicable lints without error, and only they complain', async () => {
    // unused_index fires on every fresh foreign-key index, which is why it is skipped by default.
    const notApplicable = NOT_APPLICABLE_LINTS.map((lint) => lint.name);
    const everything = await runSplinter(db.query, { includeNotApplicable: true });
    for (const name of names(everything)) expect(notApplicable).toContain(name);
  });
});
