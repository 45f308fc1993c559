import { sanitizeText } from '@/lib/ai/sanitize-text';
import { mapTexts, type DraftObject, type DraftValue } from './draft';
import { capitalize, firstSentence, fold, Text } from '@/modules/brief/text';
import type { Tone } from './types';

/**
 * What an edit instruction asks for, as far as the offline composer understands it (en/pt/es):
 *   shorter   "shorter", "more concise", "mais curto", "resuma", "más corto"
 *   formal    "more formal", "professional", "mais formal", "más formal"
 *   casual    "less formal", "friendlier", "mais descontraído", "informal"
 *   mention   "mention X", "include X", "highlight X", "mencione X", "inclua X", "destaque X", "menciona X"
 * Several can be combined ("mais formal e mencione estacionamento grátis"); anything else is
 * ignored and the section is simply composed again as a fresh variant.
 */
export type Rewrite = { tone: Tone; isShorter: boolean; mention?: string };

const CASUAL =
  /(?<![a-z])(less formal|informal|casual|friendl\w*|relaxed|fun|playful|menos formal|descontraid\w*|leve|divertid\w*|amigavel|mas informal|cercan\w*)(?![a-z])/;
const FORMAL = /(?<![a-z])(more formal|formal|professional|serious|mais formal|profissional|serio|mas formal|sobri\w*)(?![a-z])/;
const SHORTER =
  /(?<![a-z])(shorter|shorten|short|concise|brief|briefer|less text|fewer words|mais curt[oa]|curt[oa]|resum\w*|encurt\w*|menos texto|mais enxut[oa]|mas cort[oa]|cort[oa]|acort\w*|breve)(?![a-z])/;
const MENTION =
  /(?<![a-z])(?:mention|mentions|include|highlight|talk about|mencione|mencionar|menciona|cite|inclua|incluir|incluye|incluya|destaque|destacar|destaca|fale sobre|falar sobre|habla de)\s+(?:that\s+|the fact that\s+|que\s+|o fato de que\s+)?/;
// Where a mentioned topic ends when more requests follow: "mention X and make it shorter".
const MENTION_END = /\s+(?:and|e|y)\s+(?:make|keep|be|deixe|deixa|faca|faz|torne|haz|hazlo|sea)(?![a-z])|[.;\n]/;

export function parseRewrite(instruction: string | undefined): Rewrite {
  const raw = sanitizeText(instruction ?? '', { maxLength: 500 });
  const folded = fold(raw);
  const mentionMatch = MENTION.exec(folded);
  let mention: string | undefined;
  let rest = folded;
  if (mentionMatch) {
    const start = mentionMatch.index + mentionMatch[0].length;
    const end = MENTION_END.exec(folded.slice(start));
    const topic = raw
      .slice(start, end ? start + end.index : raw.length)
      .replace(/[^\p{L}\p{N} %&'’,:/+-]/gu, '')
      .trim();
    if (topic) mention = topic.slice(0, 120);
    // Words inside the topic ("mention our formal dress code") are not requests.
    rest = folded.slice(0, mentionMatch.index) + (end ? folded.slice(start + end.index) : '');
  }
  const tone: Tone = CASUAL.test(rest) ? 'casual' : FORMAL.test(rest) ? 'formal' : 'casual';
  return { tone, isShorter: SHORTER.test(rest), ...(mention ? { mention } : {}) };
}

const LIST_FIELDS = ['items', 'members', 'plans', 'features'];
// Where a mention reads naturally, in order of preference.
const MENTION_FIELDS = ['subtitle', 'body', 'text', 'intro', 'tagline'];
const INTRO_TYPES = new Set(['features', 'services', 'menu', 'pricing', 'faq', 'contact', 'gallery', 'team', 'blog-list']);

function withSentence(base: string, topic: string): string {
  const sentence = /[.!?…]$/.test(topic) ? capitalize(topic) : `${capitalize(topic)}.`;
  return base ? `${base.replace(/\s+$/, '')}${/[.!?…]$/.test(base.trim()) ? '' : '.'} ${sentence}` : sentence;
}

function shorten(value: DraftValue): DraftValue {
  if (Array.isArray(value)) return value.map((item: DraftValue) => shorten(item));
  if (value instanceof Text || typeof value !== 'object' || value === null) return value;
  const out: Record<string, DraftValue | undefined> = {};
  for (const [name, child] of Object.entries(value as DraftObject)) {
    // Intros and notes are the first thing to go; lists keep their three best entries.
    if (name === 'intro' || name === 'note') continue;
    out[name] =
      child !== undefined && LIST_FIELDS.includes(name) && Array.isArray(child)
        ? shorten(child.slice(0, 3))
        : child === undefined
          ? undefined
          : shorten(child);
  }
  return out;
}

/** Applies "shorter" and "mention X" to a composed section (tone is applied while composing). */
export function applyRewrite(section: DraftObject, rewrite: Rewrite): DraftObject {
  let result: DraftObject = section;
  if (rewrite.isShorter) {
    const trimmed = shorten(result) as DraftObject;
    result = mapTexts(trimmed, (text) =>
      text.values().some((value) => value.length > 60) ? text.map((value) => firstSentence(value)) : text,
    ) as DraftObject;
  }
  const topic = rewrite.mention;
  if (topic) {
    const field = MENTION_FIELDS.find((name) => result[name] instanceof Text);
    const current = field ? result[field] : undefined;
    if (field && current instanceof Text) result = { ...result, [field]: current.map((base) => withSentence(base, topic)) };
    else if (INTRO_TYPES.has(String(result.type))) result = { ...result, intro: Text.same(withSentence('', topic)) };
  }
  return result;
}
