-- Demo data for the embedded default (applied by `npm start` when the
-- database has no users yet). Password for every demo account: pagemagic-demo
-- (an scrypt hash in the embedded auth format; on real Supabase, create users
-- through Supabase Auth instead and only the profile updates below apply).

insert into auth.users (id, email, encrypted_password, email_confirmed_at, raw_user_meta_data)
values
  ('00000000-0000-4000-8000-00000000a001', 'admin@pagemagic.local',
   'scrypt$32768$8$1$oqVksWIPVNcirlw6r+DgRQ==$6H6VBsZ+2XtESNJ3URT7pfNTP7HZ6FBJyNYEECZ3tdI=', now(),
   '{"display_name": "Agency Admin", "locale": "en"}'),
  ('00000000-0000-4000-8000-00000000c001', 'free@pagemagic.local',
   'scrypt$32768$8$1$oqVksWIPVNcirlw6r+DgRQ==$6H6VBsZ+2XtESNJ3URT7pfNTP7HZ6FBJyNYEECZ3tdI=', now(),
   '{"display_name": "Ana (Free)", "locale": "pt-BR"}'),
  ('00000000-0000-4000-8000-00000000c002', 'pro@pagemagic.local',
   'scrypt$32768$8$1$oqVksWIPVNcirlw6r+DgRQ==$6H6VBsZ+2XtESNJ3URT7pfNTP7HZ6FBJyNYEECZ3tdI=', now(),
   '{"display_name": "Paulo (Pro)", "locale": "en"}')
on conflict (id) do nothing;

update public.user_profiles set user_type = 'admin', tier = 'enterprise'
  where id = '00000000-0000-4000-8000-00000000a001';
-- Paulo's Pro plan comes from an (imaginary) active subscription, which billing owns; its
-- trigger sets the profile's tier.
insert into public.billing_subscriptions (user_id, status, tier)
  values ('00000000-0000-4000-8000-00000000c002', 'active', 'pro')
on conflict (user_id) do nothing;

insert into public.projects (id, owner_id, name, slug)
values
  ('00000000-0000-4000-8000-0000000000f1', '00000000-0000-4000-8000-00000000c002', 'Padaria Vegana Lisboa', 'padaria-vegana')
on conflict do nothing;
