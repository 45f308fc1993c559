-- Usage thresholds (issue 13): at 80 %, 90 % and 100 % of a plan's included amount of a billed
-- meter the client hears about it once per threshold per period (an in-app notice and an email,
-- delivered by the notifications module).
--
-- usage_threshold_crossings: one row per (client, meter, period, percent) ever crossed. The primary
-- key is what makes "once" hold: the detection cron inserts with `on conflict do nothing` and
-- emits a notification only for rows it really inserted, in the same transaction, so two runs at
-- once or a retried run never notify twice. Written only by system code (the cron, privileged
-- connection). A client reads their own rows; admins read all; nobody changes or deletes them.
create table public.usage_threshold_crossings (
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  meter text not null check (meter in ('page_generate', 'ai_token', 'container_hours', 'storage_gb')),
  period_start date not null,
  percent smallint not null check (percent in (80, 90, 100)),
  used numeric not null check (used >= 0),
  included numeric not null check (included > 0),
  created_at timestamptz not null default now(),
  primary key (user_id, meter, period_start, percent)
);
alter table public.usage_threshold_crossings enable row level security;
create policy "usage thresholds: own rows or admin" on public.usage_threshold_crossings
  for select to authenticated using (user_id = (select auth.uid()) or (select private.is_admin()));
grant select on public.usage_threshold_crossings to authenticated;
grant all on public.usage_threshold_crossings to service_role;
