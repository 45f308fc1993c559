-- Embedded auth confirms email addresses (account pre-hijacking): a password sign-up stays
-- inactive until its confirmation link is followed, so someone who signs up with another
-- person's address never gets a session, and their password is voided when the real owner
-- proves the address by a magic link.
alter table local_auth.tokens drop constraint if exists tokens_kind_check;
alter table local_auth.tokens
  add constraint tokens_kind_check check (kind in ('magic_link', 'password_reset', 'refresh', 'email_confirmation'));
