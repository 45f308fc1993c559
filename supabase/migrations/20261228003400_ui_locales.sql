-- Issue 34: European Portuguese (pt-PT) joins English and Brazilian Portuguese as an interface
-- language. The clients of the agency are in Brazil and Portugal.
--
-- The list of interface languages lived in five check constraints and one trigger. It now lives
-- in one function, private.is_ui_locale, that every locale column checks against; a test keeps it
-- equal to LOCALES in src/lib/i18n/translate.ts (the application's single source). Nothing about
-- who may see or change these rows changes here.

create function private.is_ui_locale(locale text) returns boolean
language sql immutable set search_path = ''
as $$
  select locale in ('en', 'pt-BR', 'pt-PT')
$$;

alter table public.user_profiles drop constraint user_profiles_locale_check;
alter table public.user_profiles add constraint user_profiles_locale_check check (private.is_ui_locale(locale));
alter table public.analyzer_analyses drop constraint analyzer_analyses_locale_check;
alter table public.analyzer_analyses add constraint analyzer_analyses_locale_check check (private.is_ui_locale(locale));
alter table public.analyzer_leads drop constraint analyzer_leads_locale_check;
alter table public.analyzer_leads add constraint analyzer_leads_locale_check check (private.is_ui_locale(locale));
alter table public.monthly_reports drop constraint monthly_reports_locale_check;
alter table public.monthly_reports add constraint monthly_reports_locale_check check (private.is_ui_locale(locale));

-- A profile is created with every auth user: the language chosen at sign-up when it is one of
-- ours, else English. (Was: pt-BR or English.)
create or replace function private.handle_new_user() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.user_profiles (id, email, display_name, locale)
  values (
    new.id,
    coalesce(new.email, ''),
    nullif(new.raw_user_meta_data ->> 'display_name', ''),
    case when private.is_ui_locale(new.raw_user_meta_data ->> 'locale') then new.raw_user_meta_data ->> 'locale' else 'en' end
  );
  return new;
end;
$$;
