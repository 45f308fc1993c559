import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { generations } from './schema';
import { siteBriefSchema, type SiteBrief } from '@/modules/brief/site-brief-schema';

export type LastSiteRequest = { prompt: string; locales: string[]; style?: string; businessKind?: string; brief?: SiteBrief };

// What runSiteGeneration stores in a generation's options; read back leniently (old rows may
// lack fields), never trusted beyond these shapes.
const storedOptions = z.object({
  locales: z.array(z.string().max(16)).max(10).catch([]),
  style: z.string().max(40).nullish().catch(null),
  businessKind: z.string().max(40).nullish().catch(null),
  // Rows from before briefs were stored, or a brief an older schema wrote: none, not an error.
  brief: siteBriefSchema.nullish().catch(null),
});

/**
 * The project's last whole-site request (prompt, languages, style, kind, brief), so
 * "Regenerate" starts from it instead of an empty form. Null when the project never had one.
 */
export async function getLastSiteRequest(claims: VerifiedClaims, input: { projectId: string }): Promise<LastSiteRequest | null> {
  const row = await withRls(claims, async (tx) => {
    const [found] = await tx
      .select({ prompt: generations.prompt, options: generations.options })
      .from(generations)
      .where(and(eq(generations.projectId, input.projectId), eq(generations.kind, 'site')))
      .orderBy(desc(generations.createdAt))
      .limit(1);
    return found;
  });
  if (!row) return null;
  const options = storedOptions.safeParse(row.options);
  const parsed = options.success ? options.data : { locales: [], style: null, businessKind: null, brief: null };
  return {
    prompt: row.prompt,
    locales: parsed.locales,
    ...(parsed.style ? { style: parsed.style } : {}),
    ...(parsed.businessKind ? { businessKind: parsed.businessKind } : {}),
    ...(parsed.brief ? { brief: parsed.brief } : {}),
  };
}
