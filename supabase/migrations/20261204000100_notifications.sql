-- Notifications (issue 15): the notification outbox, the in-app inbox, per-person preferences,
-- the delivery ledger that keeps a retried job from sending twice, and web push subscriptions.

-- ---------------------------------------------------------------------------
-- notification_events: the outbox. Every notification event a module emits
-- (src/modules/notifications/events.ts), keyed by its deterministic event id,
-- so the same event emitted twice is stored once. Written only by system code
-- (private.emit_notification, below); admins read it (support); nobody else
-- sees it — recipients see their own rows in public.notifications instead.
-- ---------------------------------------------------------------------------
create table public.notification_events (
  event_id text primary key check (char_length(event_id) between 1 and 200),
  kind text not null check (char_length(kind) between 1 and 64),
  payload jsonb not null,
  delivered_at timestamptz,
  created_at timestamptz not null default now()
);
create index notification_events_created_at_idx on public.notification_events (created_at);

alter table public.notification_events enable row level security;
create policy "notification events: admins read" on public.notification_events
  for select to authenticated
  using ((select private.is_admin()));
grant select on public.notification_events to authenticated;
grant all on public.notification_events to service_role;

-- Records a notification event and, in the same transaction, the job event that delivers it. A
-- second call with the same event id changes nothing and returns false. Only system code may
-- call it (service_role / the privileged connection): an event names its recipients' ids, and a
-- signed-in person must not be able to notify somebody else.
create function private.emit_notification(p_event_id text, p_kind text, p_payload jsonb) returns boolean
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.notification_events (event_id, kind, payload)
  values (p_event_id, p_kind, p_payload)
  on conflict (event_id) do nothing;
  if not found then
    return false;
  end if;
  perform private.enqueue_job_event('notifications/event.emitted', jsonb_build_object('eventId', p_event_id), 'notification:' || p_event_id);
  return true;
end;
$$;
revoke all on function private.emit_notification(text, text, jsonb) from public;
grant execute on function private.emit_notification(text, text, jsonb) to service_role;

-- ---------------------------------------------------------------------------
-- notifications: the in-app inbox. One row per recipient per event (the
-- unique key makes a redelivered event one notification). The recipient reads
-- their own and marks them read (read_at is the only column they may change);
-- admins read everyone's (support). Rows are written by the delivery job.
-- ---------------------------------------------------------------------------
create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  event_id text not null references public.notification_events (event_id) on delete cascade,
  kind text not null check (char_length(kind) between 1 and 64),
  project_id uuid references public.projects (id) on delete set null,
  -- The values the message is built from (project name, lead name, percent…), already resolved.
  params jsonb not null default '{}'::jsonb,
  link text not null check (link like '/%' and char_length(link) <= 500),
  read_at timestamptz,
  created_at timestamptz not null default now(),
  unique (user_id, event_id)
);
create index notifications_user_id_idx on public.notifications (user_id, created_at desc);
create index notifications_unread_idx on public.notifications (user_id) where read_at is null;
create index notifications_event_id_idx on public.notifications (event_id);
create index notifications_project_id_idx on public.notifications (project_id);

alter table public.notifications enable row level security;
create policy "notifications: recipient and admins read" on public.notifications
  for select to authenticated
  using (user_id = (select auth.uid()) or (select private.is_admin()));
create policy "notifications: recipient marks read" on public.notifications
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
grant select on public.notifications to authenticated;
grant update (read_at) on public.notifications to authenticated;
grant all on public.notifications to service_role;

-- ---------------------------------------------------------------------------
-- notification_preferences: what reaches a person, per kind × channel. No row
-- means the default (src/modules/notifications/preferences.ts). 'daily' (a
-- digest) only for lead emails. Each person reads and changes only their own.
-- ---------------------------------------------------------------------------
create table public.notification_preferences (
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  kind text not null check (char_length(kind) between 1 and 64),
  channel text not null check (channel in ('in_app', 'email', 'push')),
  setting text not null check (setting in ('on', 'off', 'daily')),
  updated_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  primary key (user_id, kind, channel),
  check (setting <> 'daily' or (kind = 'lead.created' and channel = 'email'))
);

alter table public.notification_preferences enable row level security;
create policy "notification preferences: own read" on public.notification_preferences
  for select to authenticated
  using (user_id = (select auth.uid()));
create policy "notification preferences: own add" on public.notification_preferences
  for insert to authenticated
  with check (user_id = (select auth.uid()));
create policy "notification preferences: own change" on public.notification_preferences
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
create policy "notification preferences: own delete" on public.notification_preferences
  for delete to authenticated
  using (user_id = (select auth.uid()));
grant select, insert, update, delete on public.notification_preferences to authenticated;
grant all on public.notification_preferences to service_role;

-- ---------------------------------------------------------------------------
-- notification_deliveries: the ledger of what was sent to whom through which
-- channel, so a retried delivery step never mails or pushes twice, and lead
-- emails held for the daily digest wait here (status 'digest') until the
-- digest cron sends them. System only; admins read (support).
-- ---------------------------------------------------------------------------
create table public.notification_deliveries (
  event_id text not null references public.notification_events (event_id) on delete cascade,
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  channel text not null check (channel in ('email', 'push')),
  status text not null check (status in ('sent', 'digest', 'skipped', 'failed')),
  detail text check (char_length(detail) <= 500),
  sent_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (event_id, user_id, channel)
);
create index notification_deliveries_user_id_idx on public.notification_deliveries (user_id);
create index notification_deliveries_digest_idx on public.notification_deliveries (user_id, created_at) where status = 'digest';

alter table public.notification_deliveries enable row level security;
create policy "notification deliveries: admins read" on public.notification_deliveries
  for select to authenticated
  using ((select private.is_admin()));
grant select on public.notification_deliveries to authenticated;
grant all on public.notification_deliveries to service_role;

-- ---------------------------------------------------------------------------
-- push_subscriptions: one Web Push subscription per device (the mission's
-- mobile_push_tokens). A person sees, adds and removes only their own
-- devices; the delivery job (system) removes one the push service reports
-- gone (404/410). The endpoint is unique: a browser re-subscribing the same
-- device replaces its row.
-- ---------------------------------------------------------------------------
create table public.push_subscriptions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  endpoint text not null unique check (endpoint like 'https://%' or endpoint like 'http://%') check (char_length(endpoint) <= 2000),
  p256dh text not null check (char_length(p256dh) between 1 and 200),
  auth text not null check (char_length(auth) between 1 and 100),
  device_label text not null default '' check (char_length(device_label) <= 200),
  last_used_at timestamptz,
  created_at timestamptz not null default now()
);
create index push_subscriptions_user_id_idx on public.push_subscriptions (user_id);

alter table public.push_subscriptions enable row level security;
create policy "push subscriptions: own read" on public.push_subscriptions
  for select to authenticated
  using (user_id = (select auth.uid()));
create policy "push subscriptions: own add" on public.push_subscriptions
  for insert to authenticated
  with check (user_id = (select auth.uid()));
create policy "push subscriptions: own remove" on public.push_subscriptions
  for delete to authenticated
  using (user_id = (select auth.uid()));
grant select, delete on public.push_subscriptions to authenticated;
-- last_used_at and created_at are named by every Drizzle insert (harmless: display only).
grant insert (id, user_id, endpoint, p256dh, auth, device_label, last_used_at, created_at) on public.push_subscriptions to authenticated;
grant all on public.push_subscriptions to service_role;

-- Notification mails carry RFC 8058 List-Unsubscribe headers; the outbox keeps them with the
-- mail. Not added to the admins' column grant (20261123000900_outbox_secrets.sql): the
-- unsubscribe link holds a token.
alter table public.email_outbox add column headers jsonb;

-- Writes a person makes while impersonated (an admin acting as them), and an admin's writes, are
-- audited like every other table's (private.audit_privileged_write).
create trigger audit_notifications after update on public.notifications
  for each row execute function private.audit_privileged_write();
create trigger audit_notification_preferences after insert or update or delete on public.notification_preferences
  for each row execute function private.audit_privileged_write();
create trigger audit_push_subscriptions after insert or delete on public.push_subscriptions
  for each row execute function private.audit_privileged_write();
