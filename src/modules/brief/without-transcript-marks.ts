import { readingCues } from './reading-cues';
import { alternationOf } from './text';

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

/**
 * A transcription of voice messages or a pasted chat export, without the marks the app or the
 * transcriber put before each message: the length of an audio ("1:48") is no opening hour, and a
 * message's date is no date of the business.
 */
export function withoutTranscriptMarks(text: string): string {
  return text.replace(VOICE_NOTE, '').replace(CHAT_STAMP, '');
}
