// What makes an SVG able to act rather than just draw: scripts, event handlers, javascript: URLs,
// embedded HTML, external resources, entity tricks, animations that rewrite links.
const ACTIVE_CONTENT = [
  /<\s*script\b/i,
  /<\s*foreignObject\b/i,
  /<\s*(iframe|embed|object|audio|video|canvas|link|meta|base)\b/i,
  /\son[a-z]+\s*=/i,
  /javascript\s*:/i,
  /<!\s*(ENTITY|DOCTYPE)/i,
  /<\s*(set|animate)\b[^>]*attributeName\s*=\s*["']?(xlink:)?href/i,
  /@import/i,
];

// Links are allowed only inside the document (#id) or to inline raster images.
const HREF = /\b(?:xlink:)?href\s*=\s*(["'])(.*?)\1/gis;
const URL_FUNCTION = /url\(\s*(["']?)(.*?)\1\s*\)/gis;
const isInternal = (target: string) => target.startsWith('#') || /^data:image\/(png|jpe?g|gif|webp);base64,/i.test(target);

/**
 * Whether an SVG is a picture and nothing more. Strict on purpose: an upload with any sign of
 * active content is refused rather than rewritten (a sanitizer that misses one trick serves a
 * script; a refusal costs the person a re-export). Served SVGs are downloads anyway.
 */
export function isSafeSvg(text: string): boolean {
  if (ACTIVE_CONTENT.some((pattern) => pattern.test(text))) return false;
  for (const match of text.matchAll(HREF)) if (!isInternal(match[2]!.trim())) return false;
  for (const match of text.matchAll(URL_FUNCTION)) if (!isInternal(match[2]!.trim())) return false;
  return true;
}

/** Whether text looks like an SVG document (XML prolog and comments aside, an <svg> root). */
export function looksLikeSvg(text: string): boolean {
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trimStart();
  return /^<svg[\s>]/i.test(body);
}
