import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import { textLangOf } from '@/modules/brief/languages';
import { capitalize, Text } from '@/modules/brief/text';
import type { LeadFieldName } from '@/modules/document/lead-forms';
import { listIn } from './words-copy';

type Purpose = 'contact' | 'booking' | 'quote';
export type FormField = { name: LeadFieldName; label: Text; isRequired: boolean };
/** The usual label of each of the lead form's own fields, in every language. */
export type UsualLabels = Record<Exclude<LeadFieldName, 'message'>, Text> & { message: Text };

const MAX_FIELDS = 8;

/**
 * The contact form's fields when the person listed what it should ask ("com nome, WhatsApp, data
 * da festa e número de convidados"): the lead form's own fields they named, labelled with their
 * words and in their order, and every other question of theirs in the message box's label
 * ("Número de convidados"), so the visitor answers it and the lead carries it. A way to answer
 * (email or phone) is always there; the name first. Null when they listed nothing: the purpose's
 * usual fields stand.
 */
export function buildRequestedFields(site: SiteBrief | undefined, purpose: Purpose, usual: UsualLabels): FormField[] | null {
  const requested = site?.formFields ?? [];
  if (requested.length === 0) return null;
  const own = (words: string) => Text.same(capitalize(words.trim()));
  // The first of each of the form's own fields is that field ("data de entrada" the date); a second
  // one ("data de saída") is a question of theirs like any other.
  const named = new Map<LeadFieldName, string>();
  const questions: string[] = [];
  for (const entry of requested) {
    if (entry.field && !named.has(entry.field)) named.set(entry.field, entry.text);
    else questions.push(entry.text);
  }
  const label = (name: Exclude<LeadFieldName, 'message'>) => (named.has(name) ? own(named.get(name)!) : usual[name]);

  const fields: FormField[] = [{ name: 'name', label: label('name'), isRequired: true }];
  const hasEmail = named.has('email');
  const hasPhone = named.has('phone');
  for (const name of named.keys()) {
    if (name === 'name' || name === 'message') continue;
    const isRequired =
      name === 'email' ? !hasPhone : name === 'phone' ? !hasEmail || purpose === 'booking' : name === 'date' && purpose === 'booking';
    fields.push({ name, label: label(name), isRequired });
  }
  // A lead nobody can answer is useless: the email box when they named no way to answer.
  if (!hasEmail && !hasPhone) fields.splice(1, 0, { name: 'email', label: usual.email, isRequired: true });
  const lang = textLangOf(site?.promptLanguage ?? 'en') ?? 'en';
  const message = questions.length > 0 ? own(listIn(lang, questions)) : named.has('message') ? own(named.get('message')!) : usual.message;
  fields.splice(MAX_FIELDS - 1);
  fields.push({ name: 'message', label: message, isRequired: questions.length > 0 || purpose !== 'booking' });
  return fields;
}
