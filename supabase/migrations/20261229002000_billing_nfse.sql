-- NFS-e (issue 35): one Brazilian service invoice per paid Stripe invoice.
--
-- billing_nfse: one row per paid Stripe invoice. The primary key (the Stripe invoice id) is what
-- makes "exactly one NFS-e" hold however often Stripe delivers invoice.paid: the webhook inserts
-- with `on conflict do nothing` and enqueues the issuing job only for a row it really inserted,
-- in the same transaction; the job sends the same id to the provider as its external id, so a
-- retried job finds the NFS-e it already asked for instead of asking twice.
--
-- Written only by system code (the Stripe webhook, the issuing job, the provider's webhook) on
-- the privileged connection. A client reads their own rows (their billing page shows the NFS-e);
-- admins read all (the agency sees which failed and why); nobody changes or deletes them through
-- the API. The borrower's CPF/CNPJ is the client's own data, kept because the NFS-e needs it.
create table public.billing_nfse (
  stripe_invoice_id text primary key check (length(stripe_invoice_id) between 1 and 255),
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  status text not null default 'queued'
    check (status in ('queued', 'processing', 'issued', 'failed', 'missing_tax_id', 'not_configured')),
  amount_cents bigint not null check (amount_cents >= 0),
  currency text not null check (currency ~ '^[a-z]{3}$'),
  paid_at timestamptz not null,
  borrower_name text check (length(borrower_name) <= 300),
  borrower_email text check (length(borrower_email) <= 320),
  borrower_tax_type text check (borrower_tax_type in ('br_cpf', 'br_cnpj')),
  borrower_tax_id text check (borrower_tax_id ~ '^[0-9]{11}$|^[0-9]{14}$'),
  provider text check (provider in ('nfeio')),
  provider_invoice_id text unique check (length(provider_invoice_id) <= 100),
  number text check (length(number) <= 60),
  attempts integer not null default 0 check (attempts >= 0),
  last_error text check (length(last_error) <= 1000),
  issued_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((borrower_tax_type is null) = (borrower_tax_id is null))
);
create index billing_nfse_user_paid_idx on public.billing_nfse (user_id, paid_at desc);
-- The agency's view lists the failed ones across clients.
create index billing_nfse_status_idx on public.billing_nfse (status) where status in ('failed', 'missing_tax_id');
alter table public.billing_nfse enable row level security;
create policy "nfse: own rows or admin" on public.billing_nfse
  for select to authenticated using (user_id = (select auth.uid()) or (select private.is_admin()));
grant select on public.billing_nfse to authenticated;
grant all on public.billing_nfse to service_role;
