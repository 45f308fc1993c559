-- A lead's answers to the site owner's own questions (issue 31: "tipo de vidro", "medidas").
--
-- A contact form may now ask up to four questions of the person's own besides its standard
-- fields (src/modules/document/lead-forms.ts). The host keeps each answer in `details` with the
-- question's label as the visitor saw it ({"question1": {"label": "Tipo de vidro", "answer":
-- "temperado"}}), so the owner reads the answer under its question. Four answers of 300
-- characters and their labels of 120, beside a booking's date, time, service and address, no
-- longer fit the 4000-byte ceiling in the worst case (three UTF-8 bytes per character): the
-- ceiling becomes 8192 bytes, still an object. tests/host/leads.test.ts stores the largest
-- details a form can send and shows a larger one refused.
--
-- Who sees and changes what is unchanged: project members (and admins) read their projects'
-- leads, editors delete them, only system code (the host, for anonymous visitors) writes. No
-- grant or policy changes here.

alter table public.leads drop constraint leads_details_check;
alter table public.leads
  add constraint leads_details_check
    check (jsonb_typeof(details) = 'object' and octet_length(details::text) <= 8192);
