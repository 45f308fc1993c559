/** Names cameras and apps give files, which say nothing about the picture. */
const MEANINGLESS =
  /^(img|image|dsc|dscn|dscf|pxl|photo|foto|pic|picture|screenshot|captura|whatsapp|signal|snapchat|mvimg|edited|copy|copia|final|scan|untitled|sem título|\d+|[a-f0-9]{8,}|[a-z]{0,5}\d+[a-z]?)$/i;

const MAX_LENGTH = 120;

/**
 * A first draft of alt text for a photo: the words of its file name when they say something
 * ("sourdough-loaves_2.jpg" → "Sourdough loaves"), else the text of the section it goes into
 * (its title, a member's name…). The person edits it before saving; it is a suggestion, never
 * filled in silently. Empty when there is nothing to go on.
 */
export function suggestAltText(fileName: string, context: readonly string[] = []): string {
  const stem = fileName.replace(/\.[a-z0-9]{2,5}$/i, '');
  const words = stem
    .split(/[\s_\-.()[\]]+/)
    .map((word) => word.trim())
    .filter((word) => word !== '' && !MEANINGLESS.test(word) && !/^\d{2,}/.test(word));
  const fromName = words.join(' ');
  const candidate = fromName.length >= 3 ? fromName : (context.find((text) => text.trim() !== '')?.trim() ?? '');
  const sentence = candidate.charAt(0).toUpperCase() + candidate.slice(1);
  return sentence.length > MAX_LENGTH ? `${sentence.slice(0, MAX_LENGTH - 1).trimEnd()}…` : sentence;
}
