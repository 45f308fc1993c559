import { detect } from 'tinyld';

/**
 * Is a site string written in its locale? tinyld tells pt / es / en apart on sentences; short
 * labels ("Menu", "FAQ", a name) say nothing either way, so only strings of four or more words
 * are judged. Brazilian and European Portuguese share most words, so a pt-PT string is also
 * checked for Brazilian spellings and vocabulary, and a pt-BR string for European ones.
 */
const BRAZILIAN =
  /\b(contato|equipe|cardápio|você|vocês|ônibus|celular|café da manhã|registro|banheiro|xícara|sorvete|garçom|academia de ginástica|moça|planejad[oa]s?|econômic[oa]s?|gênero|atendimento personalizado a gente|a gente|estamos (fazendo|trabalhando|esperando)|ficamos felizes|agendamento|agende|agendar)\b/i;
const EUROPEAN =
  /\b(contacto|equipa|ementa|telemóvel|autocarro|pequeno-almoço|registo|facto|comboio|casa de banho|chávena|gelado|empregado de mesa|rapariga|económic[oa]s?|género|marcação|marcações|estamos a (fazer|trabalhar))\b/i;

const WORDS = /[\p{L}'’-]+/gu;

export type LanguageVerdict = { ok: true } | { ok: false; detected: string };

export function checkStringLanguage(text: string, locale: string): LanguageVerdict {
  const words = text.match(WORDS) ?? [];
  if (words.length < 4) return { ok: true };
  const language = locale.split('-')[0];
  if (!['pt', 'es', 'en'].includes(language)) return { ok: true };
  const detected = detect(text, { only: ['pt', 'es', 'en'] });
  // No verdict (mixed or too short to tell) is not evidence of a wrong language.
  if (detected && detected !== language) return { ok: false, detected };
  if (locale === 'pt-PT' && BRAZILIAN.test(text)) return { ok: false, detected: 'pt-BR' };
  if (locale === 'pt-BR' && EUROPEAN.test(text)) return { ok: false, detected: 'pt-PT' };
  return { ok: true };
}
