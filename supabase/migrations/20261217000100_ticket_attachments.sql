-- Ticket attachments (issue 17): files from the writer's Files attached to a ticket's opening
-- description, to a message of its conversation, or to an internal note.
--
-- support_ticket_attachments: one row per attached file.
--  * Who may see it: the ticket's client sees the attachments of the description and of messages
--    — never those of internal notes (RLS, not only the UI); agency admins see all.
--  * Who may add it: the writer, to their own description (the client), their own message, or
--    (admins) their own note, on a ticket they may still write to. The row names the writer
--    (uploaded_by, pinned to the caller) and the file; the bytes are only ever served by the app
--    as that writer's file (storage checks file_id belongs to uploaded_by), so a row naming
--    someone else's file id opens nothing.
--  * Nobody changes or removes one: it is part of the conversation's record. If the writer
--    deletes the file from Files, the attachment says it is no longer available.
create table public.support_ticket_attachments (
  id uuid primary key default gen_random_uuid(),
  ticket_id uuid not null references public.support_tickets (id) on delete cascade,
  -- The ticket's client: the tenant column (RLS, the audit trigger's subject).
  owner_id uuid not null references public.user_profiles (id) on delete cascade,
  message_id uuid references public.support_ticket_messages (id) on delete cascade,
  note_id uuid references public.support_ticket_notes (id) on delete cascade,
  uploaded_by uuid default auth.uid() references public.user_profiles (id) on delete set null,
  file_id uuid not null,
  name text not null check (char_length(name) between 1 and 255),
  content_type text not null check (char_length(content_type) between 1 and 255),
  size_bytes bigint not null check (size_bytes >= 0),
  created_at timestamptz not null default now(),
  check (message_id is null or note_id is null)
);
create index support_ticket_attachments_ticket_idx on public.support_ticket_attachments (ticket_id, created_at);
create index support_ticket_attachments_owner_idx on public.support_ticket_attachments (owner_id);
create index support_ticket_attachments_message_idx on public.support_ticket_attachments (message_id);
create index support_ticket_attachments_note_idx on public.support_ticket_attachments (note_id);
create index support_ticket_attachments_uploaded_by_idx on public.support_ticket_attachments (uploaded_by);

-- Where an attachment may go, decided with the caller's own rights checked here once (a definer
-- function, so the notes table — admins only — can be looked at for the admin's own note).
create function private.may_attach_to_ticket(p_ticket uuid, p_message uuid, p_note uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select p_ticket in (select private.writable_ticket_ids())
    and case
      when p_note is not null then (select private.is_admin())
        and exists (select 1 from public.support_ticket_notes n
                    where n.id = p_note and n.ticket_id = p_ticket and n.author_id = (select auth.uid()))
      when p_message is not null then
        exists (select 1 from public.support_ticket_messages m
                where m.id = p_message and m.ticket_id = p_ticket and m.author_id = (select auth.uid()))
      else
        exists (select 1 from public.support_tickets t where t.id = p_ticket and t.owner_id = (select auth.uid()))
    end
$$;
grant execute on function private.may_attach_to_ticket(uuid, uuid, uuid) to authenticated;

alter table public.support_ticket_attachments enable row level security;
create policy "ticket attachments: clients read their own but never a note's, admins all" on public.support_ticket_attachments
  for select to authenticated
  using ((owner_id = (select auth.uid()) and note_id is null) or (select private.is_admin()));
create policy "ticket attachments: the writer, on what they wrote" on public.support_ticket_attachments
  for insert to authenticated
  with check (uploaded_by = (select auth.uid()) and (select private.may_attach_to_ticket(ticket_id, message_id, note_id)));
grant select on public.support_ticket_attachments to authenticated;
grant insert (id, ticket_id, owner_id, message_id, note_id, uploaded_by, file_id, name, content_type, size_bytes, created_at)
  on public.support_ticket_attachments to authenticated;
grant all on public.support_ticket_attachments to service_role;

-- The tenant and the writer are the database's, not the caller's to choose.
create function private.pin_support_ticket_attachment() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  select t.owner_id into new.owner_id from public.support_tickets t where t.id = new.ticket_id;
  if new.owner_id is null then
    raise exception 'ticket not found' using errcode = '23503';
  end if;
  if (select auth.uid()) is not null then
    new.uploaded_by := (select auth.uid());
    new.created_at := now();
  end if;
  return new;
end;
$$;
create trigger pin_support_ticket_attachment before insert on public.support_ticket_attachments
  for each row execute function private.pin_support_ticket_attachment();
create trigger audit_support_ticket_attachments after insert on public.support_ticket_attachments
  for each row execute function private.audit_privileged_write();
