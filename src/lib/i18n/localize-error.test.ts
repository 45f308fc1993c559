import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES_PT_BR } from './error-messages-pt-BR';
import { localizeErrorMessage, localizeUserError } from './localize-error';

describe('localizeErrorMessage', () => {
  it('leaves English alone', () => {
    expect(localizeErrorMessage('That address is reserved. Try another.', 'en')).toBe('That address is reserved. Try another.');
  });

  it('translates exact messages and templates, including the English words inside them', () => {
    expect(localizeErrorMessage('That address is reserved. Try another.', 'pt-BR')).toBe('Esse endereço é reservado. Tente outro.');
    expect(localizeErrorMessage("Your plan's limit for projects is reached.", 'pt-BR')).toBe('Você atingiu o limite de projetos do seu plano.');
    expect(localizeErrorMessage('The address “green-crumb” is taken. Try another.', 'pt-BR')).toBe('O endereço “green-crumb” já está em uso. Tente outro.');
    expect(localizeErrorMessage('Too many attempts. Try again in 3 minute(s).', 'pt-BR')).toBe('Muitas tentativas. Tente de novo em 3 minuto(s).');
    expect(localizeErrorMessage("You have used this month's AI tokens on your plan. It resets on 2026-12-01. Upgrade for more.", 'pt-BR')).toBe(
      'Você já usou tokens de IA deste mês no seu plano. O limite renova em 2026-12-01. Mude de plano para ter mais.',
    );
    // A translated message inside a template is translated too.
    expect(localizeErrorMessage('The site could not be saved: Describe your site.', 'pt-BR')).toBe('Não foi possível salvar o site: Descreva o seu site.');
  });

  it('keeps an unknown message (English beats an empty error)', () => {
    expect(localizeErrorMessage('Something nobody translated.', 'pt-BR')).toBe('Something nobody translated.');
  });

  it('treats a template placeholder as text, not as a pattern', () => {
    expect(localizeErrorMessage('Unknown section type "a.*b(".', 'pt-BR')).toBe('Tipo de seção desconhecido: "a.*b(".');
  });

  it('localizes a user error and its field errors without touching the code', () => {
    const error = { code: 'VALIDATION', message: 'Give your project a name.', fieldErrors: { name: ['Give your project a name.'], slug: ['Use single dashes only.'] } };
    expect(localizeUserError(error, 'pt-BR')).toEqual({
      code: 'VALIDATION',
      message: 'Dê um nome ao seu projeto.',
      fieldErrors: { name: ['Dê um nome ao seu projeto.'], slug: ['Use apenas hifens simples.'] },
    });
    expect(localizeUserError(error, 'en')).toBe(error);
  });
});

// ---------------------------------------------------------------------------------------------
// Every message a person can see has a pt-BR entry, and every entry is still used.
// ---------------------------------------------------------------------------------------------

const SRC = path.resolve(import.meta.dirname, '..', '..');
// Model-facing document-schema messages, test fakes and the dictionaries themselves are not shown to people.
const SKIP = [/\/modules\/document\//, /\/testing\//, /\/i18n\//, /\.test\.tsx?$/, /\/offline\/bank\//, /\/lib\/ai\//];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !SKIP.some((pattern) => pattern.test(full)) ? [full] : [];
  });
}

const LITERAL = String.raw`'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|\`((?:[^\`\\]|\\.)*)\``;
const PATTERNS = [
  new RegExp(String.raw`new AppError\(\s*'[A-Z_]+',\s*(?:${LITERAL})`, 'g'),
  // zod checks with a custom message: .min(1, '…'), .regex(/…/, '…'), .refine(fn, '…')
  new RegExp(String.raw`\.(?:min|max|regex|refine|length)\((?:[^()]|\([^()]*\))*?,\s*'((?:[^'\\]|\\.)*)'\s*\)`, 'g'),
  // { error: '…' } / { message: '…' } in schemas and hand-built user errors
  new RegExp(String.raw`\b(?:error|message):\s*'((?:[^'\\]|\\.)*)'`, 'g'),
  // fallbacks: message: issue?.message ?? '…' / message: first ? first.message : '…'
  new RegExp(String.raw`\bmessage:[^\n]*?(?:\?\?|:)\s*'((?:[^'\\]|\\.)*)'`, 'g'),
];

/** `The address “${slug}” is taken.` → `The address “{0}” is taken.` */
function asTemplate(source: string): string {
  let index = 0;
  return source.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, () => `{${index++}}`).replace(/\\(['"`\\])/g, '$1');
}

function userVisibleMessages(): Map<string, string> {
  const found = new Map<string, string>();
  // Jobs (inngest/) store reasons people read in the dashboard too.
  for (const file of [...sourceFiles(SRC), ...sourceFiles(path.resolve(SRC, '..', 'inngest'))]) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const literal = match.slice(1).find((group) => group !== undefined);
        if (literal && /^[A-Z"]/.test(literal)) found.set(asTemplate(literal), path.relative(SRC, file));
      }
    }
  }
  return found;
}

describe('pt-BR error dictionary', () => {
  const messages = userVisibleMessages();

  it('finds the messages it is meant to check (the scan itself works)', () => {
    expect(messages.size).toBeGreaterThan(80);
    expect(messages.get('The address “{0}” is taken. Try another.')).toBe('modules/projects/create-project.ts');
    expect(messages.get('Use lowercase letters, numbers and single dashes; start and end with a letter or number.')).toBe('modules/projects/project-input.ts');
  });

  it('has an entry for every message a person can see', () => {
    const missing = [...messages].filter(([message]) => !(message in ERROR_MESSAGES_PT_BR)).map(([message, file]) => `${file}: ${message}`);
    expect(missing).toEqual([]);
  });

  it('has no entry that nothing throws any more', () => {
    const stale = Object.keys(ERROR_MESSAGES_PT_BR).filter((english) => !messages.has(english));
    expect(stale).toEqual([]);
  });

  it('keeps every placeholder of the English in the translation', () => {
    for (const [english, portuguese] of Object.entries(ERROR_MESSAGES_PT_BR)) {
      expect(portuguese.match(/\{\d\}/g)?.sort() ?? [], english).toEqual(english.match(/\{\d\}/g)?.sort() ?? []);
      expect(portuguese, english).not.toBe(english);
    }
  });
});
