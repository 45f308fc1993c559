-- Issue 34: "Email me when it finishes" on an analysis that timed out.
--
-- analyzer_analyses.notify_email: a visitor who would rather not wait again leaves an address; a
-- background run of the same URL mails them the link to its report. The address is kept for that
-- one mail only: the job clears it once the mail is written. It is not a lead (no consent to any
-- other mail, no nurture sequence). Who may see and change it is the row's: admins read (the
-- agency's view of the analyses), only system code writes (no client write grant).
alter table public.analyzer_analyses
  add column notify_email text check (char_length(notify_email) <= 254);
