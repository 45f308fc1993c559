import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import { textLangOf } from '@/modules/brief/languages';
import { capitalize, Text } from '@/modules/brief/text';
import { MAX_FORM_FIELDS, questionFieldNames, type LeadFieldName, type StandardFieldName } from '@/modules/document/lead-forms';
import { listIn } from './words-copy';

type Purpose = 'contact' | 'booking' | 'quote';
/** A form field; a question of theirs with listed answers ("branca, crua ou colorida") is a choice among them. */
export type FormField = { name: LeadFieldName; label: Text; isRequired: boolean; options?: Text[] };
/** The usual label of each of the lead form's own fields, in every language. */
export type UsualLabels = Record<StandardFieldName, Text>;

/**
 * The contact form's fields when the person listed what it should ask ("com nome, WhatsApp, tipo
 * de vidro, medidas e bairro"): the lead form's own fields they named, labelled with their words
 * and in their order, then each other question of theirs as its own question field ("Tipo de
 * vidro"), so the visitor answers it and the owner reads the answer under it. A way to answer
 * (email or phone) is always there; the name first; the message box last, with its usual label
 * unless they named one, and required only then (or when it holds their left-over questions). Questions beyond the question slots (or the form's length) are not
 * dropped: they go in the message box's label, as the only place left to ask them. Null when they
 * listed nothing: the purpose's usual fields stand.
 */
export function buildRequestedFields(
  site: SiteBrief | undefined,
  purpose: Purpose,
  usual: UsualLabels,
  /** The business answers by phone (it gave a phone or WhatsApp and no email): the way to answer it asks for is a number. */
  answersByPhone = false,
): FormField[] | null {
  const requested = site?.formFields ?? [];
  if (requested.length === 0) return null;
  const own = (words: string) => Text.same(capitalize(words.trim()));
  // The first of each of the form's own fields is that field ("data de entrada" the date); a second
  // one ("data de saída") is a question of theirs like any other.
  const named = new Map<StandardFieldName, string>();
  const questions: { text: string; options?: string[] }[] = [];
  for (const entry of requested) {
    if (entry.field && !named.has(entry.field)) named.set(entry.field, entry.text);
    else questions.push(entry);
  }
  const label = (name: Exclude<StandardFieldName, 'message'>) => (named.has(name) ? own(named.get(name)!) : usual[name]);

  const fields: FormField[] = [{ name: 'name', label: label('name'), isRequired: true }];
  const hasEmail = named.has('email');
  const hasPhone = named.has('phone');
  for (const name of named.keys()) {
    if (name === 'name' || name === 'message') continue;
    const isRequired =
      name === 'email' ? !hasPhone : name === 'phone' ? !hasEmail || purpose === 'booking' : name === 'date' && purpose === 'booking';
    fields.push({ name, label: label(name), isRequired });
  }
  // A lead nobody can answer is useless: when they named no way to answer, the one the business
  // answers by — the visitor's number for a business reached by phone ("text or call"), else email.
  if (!hasEmail && !hasPhone)
    fields.splice(
      1,
      0,
      answersByPhone ? { name: 'phone', label: usual.phone, isRequired: true } : { name: 'email', label: usual.email, isRequired: true },
    );
  fields.splice(MAX_FORM_FIELDS - 1);
  // Their questions take the places left before the message box, one slot each, in their order;
  // optional, since a visitor who skips one is still a lead worth answering.
  const slots = Math.min(questionFieldNames.length, MAX_FORM_FIELDS - 1 - fields.length);
  const asked = questions.slice(0, Math.max(0, slots));
  const leftOver = questions.slice(asked.length);
  asked.forEach((question, index) =>
    fields.push({
      name: questionFieldNames[index]!,
      label: own(question.text),
      isRequired: false,
      ...(question.options ? { options: question.options.map(own) } : {}),
    }),
  );
  const lang = textLangOf(site?.promptLanguage ?? 'en') ?? 'en';
  // A question left over for the message box says its answers too: "cor da linha (branca, crua ou colorida)".
  const asWords = (question: { text: string; options?: string[] }) =>
    question.options ? `${question.text} (${listIn(lang, question.options, true)})` : question.text;
  const message =
    leftOver.length > 0 ? own(listIn(lang, leftOver.map(asWords))) : named.has('message') ? own(named.get('message')!) : usual.message;
  // Their listed questions are the form: the box for anything else is optional — unless it holds
  // questions of theirs, or they named it ("descrição do serviço").
  fields.push({ name: 'message', label: message, isRequired: leftOver.length > 0 || named.has('message') });
  return fields;
}
