import { describe, expect, it } from 'vitest';
import { scanHtmlTags } from '@/modules/build/scan-html';
import { sectionExamples } from '@/modules/document/fixtures/section-examples';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import {
  contactFieldNames,
  type contactFormPurposes,
  leadPurposes,
  questionFieldNames,
  standardFieldNames,
  type LeadFieldName,
  type LeadPurpose,
} from '@/modules/document/lead-forms';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import { renderPage } from '@/modules/render/render-page';
import { parseLeadForm } from '@/modules/host/parse-lead-form';
import { composeOfflineSite } from '@/modules/composer/compose-offline-site';

// Every form the renderer can write is one the host accepts: for each purpose, the form is
// rendered from a document, filled in as a visitor would (every control the HTML has, with the
// values the HTML gives the hidden ones), and handed to the host's parser, which must file it
// under that purpose with every field kept.

const VALUES: Record<(typeof contactFieldNames)[number], string> = {
  name: 'Ana Souza',
  email: 'ana@example.com',
  phone: '+55 81 99876 5432',
  message: 'Do you have room for two?',
  date: '2027-03-14',
  time: '15:30',
  service: 'Haircut',
  address: 'Rua da Aurora 100, Recife',
  question1: 'Temperado',
  question2: '2 x 1,5 m',
  question3: 'Boa Viagem',
  question4: 'Até sexta',
};

// A form asks at most eight fields, so every field the forms can ask is asked across two forms:
// the standard ones, and the person's own questions beside a way to answer.
const FIELD_SETS: ReadonlyArray<readonly LeadFieldName[]> = [standardFieldNames, ['email', ...questionFieldNames]];

/** A document whose home page carries one form of `purpose` (asking `names`). */
const documentWith: Record<LeadPurpose, (names: readonly LeadFieldName[]) => SiteDocument> = {
  contact: (names) => withContactForm('contact', names),
  booking: (names) => withContactForm('booking', names),
  quote: (names) => withContactForm('quote', names),
  newsletter: () => {
    const doc = structuredClone(veganBakery);
    doc.pages[0]!.sections.splice(1, 0, structuredClone(sectionExamples.newsletter));
    return withStrings(doc, {
      'newsletter.title': 'News',
      'newsletter.emailLabel': 'Email',
      'newsletter.submit': 'Sign up',
      'newsletter.consent': 'Confirm by email.',
    });
  },
};

function withContactForm(purpose: (typeof contactFormPurposes)[number], names: readonly LeadFieldName[]): SiteDocument {
  const doc = structuredClone(veganBakery);
  const contact = doc.pages[0]!.sections.find((section) => section.type === 'contact');
  if (!contact || contact.type !== 'contact') throw new Error('the fixture has a contact section');
  contact.form = {
    purpose,
    submitKey: 'contact.form.submit',
    fields: names.map((name) => ({ name, labelKey: `contact.form.${name}`, isRequired: name === 'email' })),
  };
  return withStrings(doc, Object.fromEntries(names.map((name) => [`contact.form.${name}`, name])));
}

function withStrings(doc: SiteDocument, strings: Record<string, string>): SiteDocument {
  for (const locale of doc.i18n.locales) doc.i18n.strings[locale] = { ...doc.i18n.strings[locale], ...strings };
  const parsed = parseSiteDocument(doc);
  if (!parsed.ok) throw new Error(`fixture invalid: ${parsed.issues[0]?.message}`);
  return parsed.document;
}

/** The controls of each lead form on the page, filled in: hidden ones keep their value, visible ones get ours, boxes are ticked. */
function fillLeadForms(html: string): Array<Record<string, string>> {
  const tags = scanHtmlTags(html);
  const forms: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const tag of tags) {
    if (tag.name === 'form' && !tag.isClosing && tag.attributes.action === '/__forms/lead') current = {};
    else if (tag.name === 'form' && tag.isClosing && current) {
      forms.push(current);
      current = null;
    } else if (current && !tag.isClosing && (tag.name === 'input' || tag.name === 'textarea' || tag.name === 'select')) {
      const { name, type, value } = tag.attributes;
      if (!name) continue;
      if (type === 'hidden') current[name] = value ?? '';
      else if (type === 'checkbox') current[name] = value ?? 'on';
      else if (name === 'company_website') current[name] = '';
      else current[name] = VALUES[name as keyof typeof VALUES] ?? 'x';
    }
  }
  return forms;
}

describe('lead form parity: every purpose the renderer writes, the host accepts', () => {
  const cases = leadPurposes.flatMap((purpose) => FIELD_SETS.map((names) => [purpose, names] as const));
  it.each(cases)('%s: %j', (purpose, names) => {
    const doc = documentWith[purpose](names);
    for (const locale of doc.i18n.locales) {
      const html = renderPage(doc, { pageSlug: '', locale, mode: 'publish' });
      const forms = fillLeadForms(html).filter((form) => (form.form_kind ?? 'contact') === purpose);
      expect(forms, `a ${purpose} form on the page`).toHaveLength(1);
      const parsed = parseLeadForm(forms[0]!);
      expect(parsed, JSON.stringify(parsed)).toMatchObject({ ok: true });
      if (!parsed.ok) continue;
      expect(parsed.lead.purpose).toBe(purpose);
      expect(parsed.lead.locale).toBe(locale);
      // The renderer writes every field the document asks for, and the host keeps each one.
      const asked = purpose === 'newsletter' ? ['email'] : names;
      expect(Object.keys(forms[0]!)).toEqual(expect.arrayContaining([...asked]));
      if (purpose === 'newsletter') expect(parsed.lead.hasConsent).toBe(true);
      for (const [name, value] of Object.entries(forms[0]!)) {
        if (name in VALUES) expect(parsed.lead.values[name as keyof typeof VALUES], name).toBe(value);
      }
    }
  });
});

describe('a form the person listed (issue 31): their questions on the page, every answer kept by the host', () => {
  it('labels each field with their words and the host files the lead with all of them', () => {
    expect([...new Set(FIELD_SETS.flat())].sort()).toEqual([...contactFieldNames].sort());
    const doc = composeOfflineSite({
      prompt:
        'Buffet infantil em Campinas chamado Pula Pula. Quero um formulário de orçamento com nome, WhatsApp, data da festa e número de convidados.',
      locales: ['pt-BR'],
    });
    const html = renderPage(doc, { pageSlug: '', locale: 'pt-BR', mode: 'publish' });
    for (const label of ['Nome', 'WhatsApp', 'Data da festa', 'Número de convidados']) expect(html).toContain(`>${label}`);
    const forms = fillLeadForms(html).filter((form) => form.form_kind === 'quote');
    expect(forms).toHaveLength(1);
    expect(Object.keys(forms[0]!)).toEqual(expect.arrayContaining(['name', 'phone', 'date', 'question1', 'message']));
    const parsed = parseLeadForm(forms[0]!);
    expect(parsed).toMatchObject({
      ok: true,
      lead: {
        purpose: 'quote',
        values: { name: VALUES.name, phone: VALUES.phone, date: VALUES.date, question1: VALUES.question1, message: VALUES.message },
      },
    });
  });
});
