-- Embedded auth: a session outlives its refresh-token rotations, so signing out (or changing the
-- password) can end it at once. Every refresh token of one sign-in carries the same session_id;
-- the access token names it, and each request checks that the session still has a live refresh
-- token (local-adapter getClaims). Revoking the session's tokens ends it everywhere on the next
-- request, not when the one-hour access token expires.
--
-- auth_method / authenticated_at: how and when the person last proved who they are in this
-- session (password, magic link, confirmation, recovery link). Kept across rotations so a
-- sensitive change (the password) can ask for a recent proof.
alter table local_auth.tokens
  add column session_id uuid,
  add column auth_method text check (auth_method in ('password', 'magic_link', 'email_confirmation', 'password_reset')),
  add column authenticated_at timestamptz;

create index tokens_session_id_idx on local_auth.tokens (session_id) where kind = 'refresh';

-- Supabase Auth verifies access tokens locally (JWKS), so a signed-out token stays valid until it
-- expires. The sessions this app signs out are listed here until their last token expires, and
-- refused on every request (supabase-adapter getClaims). Only the privileged connection uses it.
create table local_auth.revoked_sessions (
  session_id text primary key,
  expires_at timestamptz not null
);
alter table local_auth.revoked_sessions enable row level security;
create policy "revoked_sessions: no access for API roles" on local_auth.revoked_sessions
  as restrictive for all to anon, authenticated using (false) with check (false);
