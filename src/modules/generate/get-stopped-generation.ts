import { and, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { siteBriefSchema, type SiteBrief } from '@/modules/brief/site-brief-schema';
import { sitePlanSchemaLoose, type SitePlanLoose } from './site-plan-input';
import { generations } from './schema';

export type StoppedGeneration = {
  id: string;
  document: SiteDocument;
  /** The sections the stopped run had planned (so continue writes the missing ones). */
  plannedSections: SitePlanLoose['sections'] | null;
  /** The request it was writing (so the sections written now get the same description and brief). */
  prompt: string | null;
  brief: SiteBrief | null;
};

// A browser that cancels aborts its request; the server closes that generation a moment later
// (the abort has to reach it). A "Continue" clicked in that moment waits for the close instead
// of failing.
const WAIT_FOR_CLOSE_MS = 3000;
const POLL_MS = 100;

/**
 * What a stopped generation (cancelled or failed) had written, from the server's own copy
 * (`partial_document`, stored when it stopped). "Continue" starts from this, never from a
 * document the browser sends: what the browser holds was not necessarily produced — or paid
 * for — here.
 */
export async function getStoppedGeneration(
  claims: VerifiedClaims,
  input: { projectId: string; generationId: string },
  options: { waitMs?: number } = {},
): Promise<StoppedGeneration> {
  const deadline = Date.now() + (options.waitMs ?? WAIT_FOR_CLOSE_MS);
  for (;;) {
    const row = await withRls(claims, async (tx) => {
      const [found] = await tx
        .select({
          id: generations.id,
          status: generations.status,
          kind: generations.kind,
          partial: generations.partialDocument,
          prompt: generations.prompt,
          options: generations.options,
        })
        .from(generations)
        .where(and(eq(generations.id, input.generationId), eq(generations.projectId, input.projectId)))
        .limit(1);
      return found;
    });
    if (!row) throw new AppError('NOT_FOUND', 'errors.generate.nothingToContinue');
    if (row.status === 'running' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    if ((row.status !== 'cancelled' && row.status !== 'failed') || !row.partial) {
      throw new AppError('CONFLICT', 'errors.generate.nothingToContinue');
    }
    const stored = row.partial as { document?: unknown; plan?: unknown };
    const parsed = parseSiteDocument(stored.document);
    if (!parsed.ok) throw new AppError('VALIDATION', 'errors.generate.partialUnreadable');
    const plan = sitePlanSchemaLoose.safeParse(stored.plan);
    // Rows from before briefs were stored (or of an older brief shape): continue without one.
    const brief = siteBriefSchema.safeParse((row.options as { brief?: unknown } | null)?.brief);
    return {
      id: row.id,
      document: parsed.document,
      plannedSections: plan.success ? plan.data.sections : null,
      prompt: row.kind === 'site' && row.prompt ? row.prompt : null,
      brief: brief.success ? brief.data : null,
    };
  }
}
