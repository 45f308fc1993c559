import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import en from '@/lib/i18n/messages/en.json';
import ptBR from '@/lib/i18n/messages/pt-BR.json';
import { checkMessageKey, type CheckResult } from './check-message';

const pt = createTranslator({ locale: 'pt-BR', messages: ptBR });
const english = createTranslator({ locale: 'en', messages: en });

function say(t: typeof pt, check: CheckResult): string {
  const key = checkMessageKey(check);
  return key && check.count !== undefined ? t(key, { count: check.count }) : check.message;
}

describe('check sentences in the publish panel', () => {
  const brokenLinks: CheckResult = { id: 'broken-links', level: 'error', message: 'stored', count: 3 };

  it('translates by id, level and count, with singular and plural', () => {
    expect(say(pt, brokenLinks)).toBe('3 links internos quebrados levariam os visitantes a lugar nenhum.');
    expect(say(pt, { ...brokenLinks, count: 1 })).toBe('1 link interno quebrado levaria os visitantes a lugar nenhum.');
    expect(say(english, brokenLinks)).toBe('3 broken internal links would lead visitors nowhere.');
    expect(say(pt, { id: 'contrast', level: 'warning', message: 'x', count: 2 })).toBe(
      '2 pares de cores estavam abaixo do AA e foram ajustados para o texto continuar legível.',
    );
  });

  it('says in both languages why a page mixed with untranslated texts, or with sample content, cannot be published', () => {
    const mixed: CheckResult = { id: 'translations', level: 'error', message: 'stored', count: 1 };
    expect(say(english, mixed)).toBe(
      'One language has texts still in another language, not translated (added without the AI, or edited in one language only): translate them, or remove that language, before publishing.',
    );
    expect(say(pt, { ...mixed, count: 2 })).toBe(
      '2 idiomas têm textos ainda em outro idioma, sem tradução (adicionados sem a IA ou editados em um idioma só): traduza-os, ou remova o idioma, antes de publicar.',
    );
    expect(say(pt, { id: 'samples', level: 'error', message: 'stored', count: 3 })).toBe(
      '3 seções ou posts ainda têm conteúdo de exemplo (depoimentos, preços, horários, pessoas ou posts do blog que inventamos como exemplo, ou um telefone ainda por informar): troque por informações reais ou remova antes de publicar.',
    );
  });

  it('falls back to a generic sentence for an unknown error and to the stored one otherwise', () => {
    expect(say(pt, { id: 'new-check', level: 'error', message: 'English', count: 2 })).toBe(
      '2 problemas precisam ser corrigidos antes de publicar.',
    );
    expect(say(pt, { id: 'new-check', level: 'warning', message: 'English', count: 2 })).toBe('English');
    // Results stored before checks had a count keep their sentence.
    expect(say(pt, { id: 'broken-links', level: 'error', message: 'Stored English' })).toBe('Stored English');
  });
});
