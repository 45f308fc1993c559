import type { VerifiedClaims } from '@/lib/claims';
import { createProject } from '@/modules/projects/create-project';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import { extractSiteBrief } from './extract-site-brief';
import { assertAllowedRequest } from './refuse-disallowed';

export type StartSiteFromDescriptionInput = {
  description: string;
  /** The person's language: the brief's languages when the description is too short to tell. */
  uiLocale: string;
};

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The project's name from what the person described: the business's name; a one-person
 * business's owner; else what it is and where ("Padaria vegana · Lisboa"); else the first words of
 * the description. Renamed at any time; the address follows from it.
 */
export function projectNameFromBrief(brief: SiteBrief, description: string): string {
  if (brief.name) return brief.name;
  if (brief.isSolo && brief.facts.people[0]) return brief.facts.people[0];
  const what = brief.what?.trim();
  if (what) return capitalize([what, brief.location?.text].filter(Boolean).join(' · ')).slice(0, 80);
  return capitalize(description.trim().split(/\s+/).slice(0, 6).join(' ')).slice(0, 80) || 'Site';
}

/**
 * "Describe your business" → a project named from the description, ready for the studio to write
 * the site from the same words. The refusal check runs first, so a refused description creates
 * nothing; the project limit is the database's (a TIER_LIMIT error, like any new project).
 */
export async function startSiteFromDescription(
  claims: VerifiedClaims,
  input: StartSiteFromDescriptionInput,
): Promise<{ projectId: string; name: string; slug: string }> {
  assertAllowedRequest(input.description);
  const brief = extractSiteBrief({ prompt: input.description, fallbackLocales: [input.uiLocale] });
  const project = await createProject(claims, { name: projectNameFromBrief(brief, input.description) });
  return { projectId: project.id, name: project.name, slug: project.slug };
}
