import { readingCues } from './reading-cues';
import { alternationOf, blankSpans, fold } from './text';

// "[Audio 1 – 1:48]", "[Áudio 3, 0:35]", "(nota de voz 2)": a voice message's mark — the word, its
// number and its length, nothing else ("(Audio profesional, iluminación y DJ)" is said).
const VOICE_NOTE = new RegExp(
  `^[ \\t]*[[(](?:${alternationOf(readingCues.voiceNoteWords)})(?:[ \\t]*#?\\d{1,3})?(?:[ \\t]*[-–—,:][ \\t]*\\d{1,2}(?::\\d{2}){1,2}(?:[ \\t]*(?:min|mins|s|seg|sec|secs))?)?[ \\t]*[\\])][ \\t]*:?[ \\t]*`,
  'gimu',
);
// "[14/05/24, 10:32] Maria:", "14/05/2024 10:32 - João:": a chat export's date and time, before the
// name of who wrote (a line "20/07/2024 21:00 - Noite do samba" is an event, and keeps its date).
const CHAT_STAMP =
  /^[ \t]*\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[ap]\.?[ \t]?m\.?)?\]?[ \t]*(?:[-–][ \t]*)?(?=[\p{L}][\p{L} .'’-]{0,30}:)/gimu;

// "De: Rosa <rosa@…>", "Subject: …": a pasted e-mail's header line (folded).
const MAIL_HEADER = new RegExp(`^[ \\t>]*(?:${alternationOf(readingCues.mailHeaderLabels)})[ \\t]*:`, 'u');
const SUBJECT = /^[ \t]*(?:subject|assunto|asunto)[ \t]*:/u;
// "---------- Mensagem encaminhada ---------", "Begin forwarded message:" (folded).
const FORWARDED = new RegExp(`^[ \\t>]*[-_=*]*[ \\t]*(?:${alternationOf(readingCues.forwardedMarks)})[ \\t]*[-_=*:]*[ \\t]*$`, 'u');

/**
 * A pasted or forwarded e-mail without its envelope: the forwarding line, a run of two or more
 * header lines ("De:", "Data:", "Assunto:", "Para:") holding an address or a subject, and the label
 * of a subject opening the text. They say who
 * sent what to whom — never what the business is ("Mensagem encaminhada" is no offering, "7 de abr"
 * no date of it). One "Para: noivas" line alone is what it is for, and stays.
 */
function withoutMailEnvelope(text: string): string {
  const lines = text.split('\n');
  const folded = lines.map(fold);
  const dropped = new Set<number>();
  folded.forEach((line, index) => {
    if (FORWARDED.test(line)) dropped.add(index);
  });
  // (A run is a mail's only with an address or a subject in it: "Data: 12 de outubro\nPara:
  // iniciantes" is a workshop's, "De: R$ 3.500\nPara: R$ 2.900" a price cut.)
  for (let start = 0; start < lines.length;) {
    let end = start;
    while (end < lines.length && MAIL_HEADER.test(folded[end]!)) end++;
    const run = folded.slice(start, end);
    if (end - start >= 2 && run.some((line) => /@|<[^>]*>/u.test(line) || SUBJECT.test(line)))
      for (let index = start; index < end; index++) dropped.add(index);
    start = Math.max(end, start + 1);
  }
  const out = lines.map((line, index) => (dropped.has(index) ? '' : line));
  // A subject opening the text says what the mail is about, often the business itself ("Subject:
  // Website for Blue Door Bakery"): its words stay, as a sentence, without the label.
  const first = folded.findIndex((line) => line.trim() !== '');
  const subject = first >= 0 && !dropped.has(first) ? SUBJECT.exec(folded[first]!) : null;
  if (subject)
    out[first] = lines[first]!.slice(subject[0].length)
      .trim()
      .replace(/(?<![.!?])$/u, '.');
  return dropped.size === 0 && !subject ? text : out.join('\n');
}

// "(3/8)", "[1/4]": the part of a message split into texts, at a line's start, in its brackets
// ("3/4 de xícara", "12/05 chego" are an amount and a date).
const PART_MARK = /^[ \t]*(?:\(\d{1,2}\/\d{1,2}\)|\[\d{1,2}\/\d{1,2}\])[ \t]*[-–—:.]?[ \t]*(?=\S)/gmu;

// "~~R$ 60~~ R$ 80", "~~toda semana~~ terça": words struck through in Markdown, which the writer
// took back as they typed — never said, with the space after them. Only the double tilde: a single
// one is as often a decoration ("~Doces da Ju~", "~*~ Ateliê ~*~") or "about" ("~$120-~$150"), and
// so are three or more ("~~~Bolos da Ana~~~", never a strike in Markdown either).
const STRUCK = /(?<!~)~~(?=[^\s~])(?=[^~\n]*[\p{L}\p{N}])[^~\n]{1,200}?(?<=\S)~~(?!~)[ \t]*/gu;

// "POLL: Name for Dad's business", "ENQUETE: Cores do site": a chat poll's question line…
const POLL_LINE = new RegExp(`^[ \\t]*(?:${alternationOf(readingCues.pollWords)})[ \\t]*:.*$`, 'gimu');
// …and its options, each ending with its count of votes and maybe who voted ("○ Choma Ox Power – 4
// votes (Mweemba, Chipo)", "• Verde – 2 votos"): a family's or a group's vote, never the business's
// words — the writer says what they chose in words of their own.
const VOTE_LINE = new RegExp(
  `^[ \\t]*(?:[○◯●•*·▪-][ \\t]*)?[^\\n]{1,80}?[ \\t]*[-–—:,]?[ \\t]*\\(?\\d{1,4}[ \\t]+(?:${alternationOf(readingCues.voteWords)})\\)?(?:[ \\t]*\\([^)\\n]{0,200}\\))?[ \\t]*$`,
  'gimu',
);

// A pasted review's furniture: its stars ("★☆☆☆☆"), its age ("· hace 3 semanas", "3 weeks ago")
// and the label over the owner's reply — marks of the page it was copied from, never words of the
// business (the review's own words are the writer's to keep or drop).
const STARS = /[★☆✩✪⭐]{2,}[ \t]*/gu;
const AGO = new RegExp(
  `(?:[·•|][ \\t]*)?(?<![\\p{L}])(?:(?:${alternationOf(readingCues.agoBefore)})[ \\t]+(?:\\d{1,3}|uma?|an?|one|un|una)[ \\t]+(?:${alternationOf(
    readingCues.agoUnits,
  )})|(?:\\d{1,3}|an?|one)[ \\t]+(?:${alternationOf(readingCues.agoUnits)})[ \\t]+(?:${alternationOf(readingCues.agoAfter)}))(?![\\p{L}])`,
  'gu',
);
const REVIEW_LABEL = new RegExp(`^[ \\t]*(?:${alternationOf(readingCues.reviewFurniture)})[ \\t]*:?[ \\t]*$`, 'gmu');

/** Blanks what `pattern` (global) finds in the folded text, keeping every position. */
function blankFound(text: string, pattern: RegExp): string {
  return blankSpans(
    text,
    [...fold(text).matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length })),
  );
}

/** Whether `pattern` (global) finds anything in `text`, whatever its last search left in lastIndex. */
const finds = (pattern: RegExp, text: string) => text.search(pattern) >= 0;

/** A review pasted from its page, without the page's marks (only when its stars or its label are there). */
function withoutReviewFurniture(text: string): string {
  if (!finds(STARS, text) && !finds(REVIEW_LABEL, fold(text))) return text;
  return blankFound(
    blankFound(
      text.replace(STARS, (stars) => ' '.repeat(stars.length)),
      AGO,
    ),
    REVIEW_LABEL,
  );
}

/** A chat poll pasted whole: its question line and its option lines, with a poll's label among them. */
function withoutPolls(text: string): string {
  // (Lines are blanked, not removed, so the text keeps its shape for the readers after this one.)
  return finds(POLL_LINE, fold(text)) ? blankFound(blankFound(text, POLL_LINE), VOTE_LINE) : text;
}

/**
 * A transcription of voice messages or a pasted chat export, without the marks the app or the
 * transcriber put before each message: the length of an audio ("1:48") is no opening hour, and a
 * message's date is no date of the business. Words struck through are taken back.
 */
export function withoutTranscriptMarks(text: string): string {
  return withoutMailEnvelope(
    withoutReviewFurniture(withoutPolls(text)).replace(VOICE_NOTE, '').replace(CHAT_STAMP, '').replace(PART_MARK, '').replace(STRUCK, ''),
  );
}
