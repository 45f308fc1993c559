import type { SiteBrief } from '@/modules/brief/site-brief-schema';

/** Parts of the brief a person can correct in the studio. */
export const correctableFields = [
  'name',
  'kind',
  'what',
  'items',
  'facts',
  'location',
  'languages',
  'audience',
  'tone',
  'features',
] as const;
export type CorrectableField = (typeof correctableFields)[number];

/**
 * A brief read again from an edited prompt, with the person's corrections kept: what they
 * corrected stays as they left it, the rest follows the new reading. The kind is the exception:
 * a corrected kind is sent with the reading as a hint (the person's words), so the new reading
 * already holds it, resolved to a kind we can write for.
 */
export function mergeBrief(read: SiteBrief, current: SiteBrief | null, corrected: readonly CorrectableField[]): SiteBrief {
  if (!current) return read;
  const merged: SiteBrief = { ...read };
  for (const field of corrected) {
    switch (field) {
      case 'kind':
        break;
      case 'name':
        merged.name = current.name;
        break;
      case 'location':
        merged.location = current.location;
        break;
      case 'languages':
        merged.languages = current.languages;
        break;
      case 'audience':
        merged.audience = current.audience;
        break;
      case 'tone':
        merged.tone = current.tone;
        break;
      case 'features':
        merged.features = current.features;
        break;
      case 'what':
        merged.what = current.what;
        break;
      case 'items':
        merged.items = current.items;
        break;
      case 'facts':
        // Facts the person added in the studio join the ones the new reading found.
        merged.facts = { ...read.facts, ...current.facts, offerings: read.facts.offerings };
        break;
    }
  }
  return merged;
}

/** What a corrected brief sends: texts trimmed, an emptied name or place as "none". */
export function tidyBrief(brief: SiteBrief): SiteBrief {
  const name = brief.name?.trim() || null;
  const place = brief.location?.text.trim();
  const audience = brief.audience?.trim() || null;
  const what = brief.what?.trim();
  const items = brief.items?.map((item) => ({ ...item, text: item.text.trim() })).filter((item) => item.text.length > 0);
  return {
    ...brief,
    ...(what !== undefined ? { what } : {}),
    ...(items
      ? {
          items,
          facts: {
            ...brief.facts,
            offerings: items
              .filter((item) => item.role === 'offering')
              .map((item) => item.text.slice(0, 80))
              .slice(0, 12),
          },
        }
      : {}),
    name,
    location: place && brief.location ? { ...brief.location, text: place } : null,
    audience,
  };
}
