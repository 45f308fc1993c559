/**
 * The lead forms of a published site, defined once: what a form can be for and which fields it
 * can carry. The document schema (sections/contact.ts, sections/newsletter.ts), the renderer
 * (which writes the forms) and the host (which accepts them) all derive from these lists, and
 * tables keyed by them (`Record<LeadPurpose, …>`) make a purpose or field added here a type error
 * wherever it is not handled yet.
 */

/** The fields every business's form may ask for, each with its own meaning (and column or detail). */
export const standardFieldNames = ['name', 'email', 'phone', 'message', 'date', 'time', 'service', 'address'] as const;
export type StandardFieldName = (typeof standardFieldNames)[number];

/**
 * The person's own questions ("tipo de vidro", "medidas"): a slot each, labelled in the document
 * with their words. They carry no meaning of their own, so the brief never reads a word as one of
 * them (its synonyms are for the standard fields only) and the owner sees each answer under the
 * question's label (record-lead.ts resolves it from the published document).
 */
export const questionFieldNames = ['question1', 'question2', 'question3', 'question4'] as const;
export type QuestionFieldName = (typeof questionFieldNames)[number];

/** The fields a contact section's form may ask for. */
export const contactFieldNames = [...standardFieldNames, ...questionFieldNames] as const;
export type LeadFieldName = (typeof contactFieldNames)[number];

/** The most fields one form asks: a form longer than this is one visitors leave unsent. */
export const MAX_FORM_FIELDS = 8;

/** The most answers a question of the person's may offer to choose from. */
export const MAX_FIELD_OPTIONS = 8;

export const isQuestionField = (name: string): name is QuestionFieldName => (questionFieldNames as readonly string[]).includes(name);

/** What a contact section's form is for; the host files the lead under it. */
export const contactFormPurposes = ['contact', 'booking', 'quote'] as const;
export type ContactFormPurpose = (typeof contactFormPurposes)[number];

/** Every purpose a lead can have: the contact forms' purposes and the newsletter section's sign-up. */
export const leadPurposes = [...contactFormPurposes, 'newsletter'] as const;
export type LeadPurpose = (typeof leadPurposes)[number];

export type LeadFieldSpec = {
  /** The HTML control: native date/time pickers for booking forms need no script. */
  input: 'text' | 'email' | 'tel' | 'textarea' | 'date' | 'time';
  autocomplete: string;
  /** The longest value: the form's maxlength and the host's limit (and the database's). */
  maxLength: number;
};

export const leadFieldSpecs: Readonly<Record<LeadFieldName, LeadFieldSpec>> = {
  name: { input: 'text', autocomplete: 'name', maxLength: 200 },
  email: { input: 'email', autocomplete: 'email', maxLength: 254 },
  phone: { input: 'tel', autocomplete: 'tel', maxLength: 50 },
  message: { input: 'textarea', autocomplete: 'off', maxLength: 5000 },
  // A browser without a date or time picker shows a text box: whatever the visitor writes there
  // ("next Tuesday morning") still reaches the business.
  date: { input: 'date', autocomplete: 'off', maxLength: 40 },
  time: { input: 'time', autocomplete: 'off', maxLength: 40 },
  service: { input: 'text', autocomplete: 'off', maxLength: 200 },
  address: { input: 'text', autocomplete: 'street-address', maxLength: 300 },
  // A short answer to the person's own question: one line, nothing a browser should fill in.
  question1: { input: 'text', autocomplete: 'off', maxLength: 300 },
  question2: { input: 'text', autocomplete: 'off', maxLength: 300 },
  question3: { input: 'text', autocomplete: 'off', maxLength: 300 },
  question4: { input: 'text', autocomplete: 'off', maxLength: 300 },
};

/**
 * The names of the form controls besides the visible fields: where the lead came from, what it is
 * for, the honeypot bots fill, and the newsletter's consent box.
 */
export const leadFormControls = {
  purpose: 'form_kind',
  sectionId: 'section_id',
  page: 'page',
  locale: 'locale',
  honeypot: 'company_website',
  consent: 'consent',
} as const;

/** The value the newsletter's consent box posts when ticked. */
export const CONSENT_GIVEN = 'yes';

/** The slug of the site's privacy page, which every lead form links to. */
export const PRIVACY_PAGE_SLUG = 'privacy';

/**
 * The longest question label a lead keeps with its answer: the label is the person's few words
 * ("Tipo de vidro"), and the lead's details have a size limit in the database.
 */
export const QUESTION_LABEL_MAX_LENGTH = 120;
