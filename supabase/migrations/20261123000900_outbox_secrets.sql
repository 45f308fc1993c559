-- The embedded outbox keeps each mail's body, and auth mails carry one-time secrets (magic-link,
-- reset, confirmation and invitation tokens). An admin reading them could sign in as a client with
-- no trace. So the database, not the page, decides what an admin sees:
--   * `authenticated` may select every column except the bodies; `text_redacted` is the text body
--     with every token-like query parameter masked, computed by the database;
--   * the full text only comes out of private.reveal_outbox_mail, which admins alone may call and
--     which writes `outbox.reveal` to the audit log (actor = the admin, subject = the recipient)
--     in the same statement, like impersonation.

alter table public.email_outbox
  add column text_redacted text generated always as (
    regexp_replace(text_body, '([?&](token|token_hash|code|otp)=)[^&[:space:]"''<>]+', '\1••••••', 'gi')
  ) stored;

revoke select on public.email_outbox from authenticated;
grant select (id, to_address, user_id, template, subject, provider, provider_message_id, status, error, created_at, sent_at, text_redacted)
  on public.email_outbox to authenticated;

create function private.reveal_outbox_mail(p_id uuid) returns text
language plpgsql security definer set search_path = ''
as $$
declare
  mail record;
begin
  if not (select private.is_admin()) then
    raise exception 'only agency admins can read a mail''s links' using errcode = '42501';
  end if;
  select id, user_id, template, text_body into mail from public.email_outbox where id = p_id;
  if not found then
    return null;
  end if;
  perform private.write_audit((select auth.uid()), mail.user_id, 'outbox.reveal', 'email_outbox', mail.id::text,
                              jsonb_build_object('template', mail.template));
  return mail.text_body;
end;
$$;
revoke all on function private.reveal_outbox_mail(uuid) from public;
grant execute on function private.reveal_outbox_mail(uuid) to authenticated;
