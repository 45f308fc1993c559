-- Support tickets (issue 17): developers answer the tickets assigned to them.
--
-- The model, the smallest that holds together:
--  * A developer is a profile with user_type 'developer' (agency staff who are not admins) and an
--    active account. user_type is the system's to set (guard_profile_update), never the person's.
--  * An admin assigns a ticket to an active admin or developer; the database refuses anyone else
--    (a client, a suspended account). Only admins assign, change priority and merge.
--  * An assignment is the developer's whole reach: while a ticket is assigned to them they read it,
--    its conversation, its history, its rating, its internal notes and every attachment (notes'
--    included), and they answer it as the agency — a reply (the first one is the first response),
--    an internal note, a status change, attachments on what they wrote. Unassigned (or assigned to
--    someone else), the ticket is as invisible to them as another client's is to a client. They
--    never read the monthly counters or the clients' profiles, and they read the canned replies
--    (to answer with them) but do not change them.
--  * Admins need a second factor (private.is_admin is true only at aal2) because they reach every
--    client and can act as one; a developer reaches only what an admin handed them and cannot act
--    as anyone, so their session is an ordinary one.
--  * The SLA warning at 80 % goes to the assignee, admin or developer (system code, unchanged);
--    the breach still escalates to every admin.
-- Enforced here (RLS, grants, triggers), not only in the app: the app's pages check the same.

create function private.is_agency_developer() returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.user_profiles
    where id = (select auth.uid()) and user_type = 'developer' and account_status = 'active'
  )
$$;
grant execute on function private.is_agency_developer() to authenticated;

-- The tickets assigned to the calling developer (none for anyone else). A definer function so the
-- child tables' policies do not depend on the tickets table's own policies.
create function private.assigned_ticket_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select t.id from public.support_tickets t
  where t.assignee_id = (select auth.uid()) and (select private.is_agency_developer())
$$;
grant execute on function private.assigned_ticket_ids() to authenticated;

-- Each policy below replaces the one it widens (one permissive policy per table, role and action:
-- the database advisor's rule, and one place to read who may do what).

-- support_tickets: the assigned developer reads and moves it.
drop policy "tickets: clients read their own, admins all" on public.support_tickets;
create policy "tickets: clients own, developers assigned, admins all" on public.support_tickets
  for select to authenticated
  using (owner_id = (select auth.uid()) or (select private.is_admin())
         or (assignee_id = (select auth.uid()) and (select private.is_agency_developer())));
drop policy "tickets: clients and admins update" on public.support_tickets;
create policy "tickets: clients, admins and the assigned developer update" on public.support_tickets
  for update to authenticated
  using (owner_id = (select auth.uid()) or (select private.is_admin())
         or (assignee_id = (select auth.uid()) and (select private.is_agency_developer())))
  with check (owner_id = (select auth.uid()) or (select private.is_admin())
              or (assignee_id = (select auth.uid()) and (select private.is_agency_developer())));

-- Status rules, now with the assigned developer: they move the status freely (as an admin does)
-- and change nothing else; the assignee must be an active admin or developer.
create or replace function private.guard_support_ticket_update() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  if current_user in ('authenticated', 'anon') and not (select private.is_admin()) then
    if (new.priority, new.assignee_id, new.merged_into_id) is distinct from (old.priority, old.assignee_id, old.merged_into_id) then
      raise exception 'only the agency changes this' using errcode = '42501';
    end if;
    if new.status is distinct from old.status
       and not (old.assignee_id = (select auth.uid()) and (select private.is_agency_developer()))
       and not (
         (new.status = 'resolved' and old.status in ('open', 'in_progress', 'waiting_for_client'))
         or (new.status = 'open' and old.status = 'resolved' and old.resolved_at > now() - interval '7 days')
       ) then
      raise exception 'ticket status change not allowed' using errcode = '42501';
    end if;
  end if;
  if new.assignee_id is distinct from old.assignee_id and new.assignee_id is not null
     and not exists (select 1 from public.user_profiles p
                     where p.id = new.assignee_id and p.user_type in ('admin', 'developer') and p.account_status = 'active') then
    raise exception 'ticket assignee must be agency staff' using errcode = '23514';
  end if;
  if new.merged_into_id is distinct from old.merged_into_id then
    if new.merged_into_id = new.id or old.merged_into_id is not null
       or not exists (select 1 from public.support_tickets t where t.id = new.merged_into_id and t.owner_id = new.owner_id and t.merged_into_id is null) then
      raise exception 'ticket merge not allowed' using errcode = '42501';
    end if;
    new.status := 'closed';
  end if;
  if new.status is distinct from old.status then
    new.resolved_at := case when new.status = 'resolved' then now() when new.status in ('open', 'in_progress', 'waiting_for_client') then null else old.resolved_at end;
    new.closed_at := case when new.status = 'closed' then now() else null end;
  end if;
  new.updated_at := now();
  return new;
end;
$$;

-- The tickets a caller may write to: their own that are still open, any not closed (admins), or
-- those assigned to them not closed (developers).
create or replace function private.writable_ticket_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select t.id from public.support_tickets t
  where t.merged_into_id is null and t.status <> 'closed'
    and ((t.owner_id = (select auth.uid()) and t.status <> 'resolved')
         or (select private.is_admin())
         or (t.assignee_id = (select auth.uid()) and (select private.is_agency_developer())))
$$;

-- support_ticket_messages: the assigned developer reads the conversation; what they write is the
-- agency's (the first one is the first response).
drop policy "ticket messages: clients read their own, admins all" on public.support_ticket_messages;
create policy "ticket messages: clients own, developers assigned, admins all" on public.support_ticket_messages
  for select to authenticated
  using (owner_id = (select auth.uid()) or (select private.is_admin()) or ticket_id in (select private.assigned_ticket_ids()));

create or replace function private.pin_support_ticket_message() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  select t.owner_id into new.owner_id from public.support_tickets t where t.id = new.ticket_id;
  if new.owner_id is null then
    raise exception 'ticket not found' using errcode = '23503';
  end if;
  if (select auth.uid()) is not null then
    new.id := gen_random_uuid();
    new.author_id := (select auth.uid());
    new.from_agency := (select private.is_admin()) or new.ticket_id in (select private.assigned_ticket_ids());
    new.created_at := now();
  end if;
  return new;
end;
$$;

-- support_ticket_notes: internal — admins, and the developer on the tickets assigned to them.
drop policy "ticket notes: admins only" on public.support_ticket_notes;
create policy "ticket notes: admins and the assigned developer" on public.support_ticket_notes
  for select to authenticated using ((select private.is_admin()) or ticket_id in (select private.assigned_ticket_ids()));
drop policy "ticket notes: admins add" on public.support_ticket_notes;
create policy "ticket notes: admins and the assigned developer add" on public.support_ticket_notes
  for insert to authenticated with check ((select private.is_admin()) or ticket_id in (select private.assigned_ticket_ids()));

-- support_ticket_events and support_ticket_ratings: the assigned developer reads them.
drop policy "ticket events: clients read their own, admins all" on public.support_ticket_events;
create policy "ticket events: clients own, developers assigned, admins all" on public.support_ticket_events
  for select to authenticated
  using (owner_id = (select auth.uid()) or (select private.is_admin()) or ticket_id in (select private.assigned_ticket_ids()));
drop policy "ticket ratings: clients read their own, admins all" on public.support_ticket_ratings;
create policy "ticket ratings: clients own, developers assigned, admins all" on public.support_ticket_ratings
  for select to authenticated
  using (owner_id = (select auth.uid()) or (select private.is_admin()) or ticket_id in (select private.assigned_ticket_ids()));

-- support_ticket_attachments: the assigned developer reads all of the ticket's (notes' included)
-- and attaches to their own note as an admin does.
drop policy "ticket attachments: clients read their own but never a note's, admins all" on public.support_ticket_attachments;
create policy "ticket attachments: clients (not notes'), assigned, admins" on public.support_ticket_attachments
  for select to authenticated
  using ((owner_id = (select auth.uid()) and note_id is null) or (select private.is_admin())
         or ticket_id in (select private.assigned_ticket_ids()));

create or replace function private.may_attach_to_ticket(p_ticket uuid, p_message uuid, p_note uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select p_ticket in (select private.writable_ticket_ids())
    and case
      when p_note is not null then ((select private.is_admin()) or p_ticket in (select private.assigned_ticket_ids()))
        and exists (select 1 from public.support_ticket_notes n
                    where n.id = p_note and n.ticket_id = p_ticket and n.author_id = (select auth.uid()))
      when p_message is not null then
        exists (select 1 from public.support_ticket_messages m
                where m.id = p_message and m.ticket_id = p_ticket and m.author_id = (select auth.uid()))
      else
        exists (select 1 from public.support_tickets t where t.id = p_ticket and t.owner_id = (select auth.uid()))
    end
$$;

-- support_canned_replies: developers answer with them too (read only).
drop policy "canned replies: admins read" on public.support_canned_replies;
create policy "canned replies: agency admins and developers read" on public.support_canned_replies
  for select to authenticated using ((select private.is_admin()) or (select private.is_agency_developer()));
