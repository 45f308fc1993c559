import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError, isAppError } from '@/lib/errors';
import { performancePinnedPages } from './performance-schema';

export type PinnedPage = { id: string; path: string; createdAt: Date };
export type PinPerformancePageInput = { projectId: string; path: string };

const MAX_PATH = 300;

/**
 * The page a client typed, as a path on their site: "/menu", "menu", or a full address of the
 * site ("https://padaria.com.br/menu?x=1#y" → "/menu"; the query and fragment are dropped, a
 * trailing slash too). The home page is always measured, so it is not a page to pin.
 */
export function normalizePinnedPath(input: string): string {
  const text = input.trim();
  let pathname: string;
  try {
    pathname = new URL(text, 'https://site.invalid').pathname;
  } catch {
    throw new AppError('VALIDATION', 'errors.performance.invalidPath');
  }
  if (!/^https?:\/\//i.test(text) && !text.startsWith('/')) pathname = new URL(`/${text}`, 'https://site.invalid').pathname;
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '') throw new AppError('VALIDATION', 'errors.performance.homeAlwaysMeasured');
  if (path.length > MAX_PATH || /\s/.test(path)) throw new AppError('VALIDATION', 'errors.performance.invalidPath');
  return path;
}

/**
 * Pins a page of a site to be measured with its home page. Owners and editors only (RLS), at most
 * the plan's number of pages per site (the database counts under a per-site lock, so two pins at
 * once cannot pass it). Pinning a page already pinned is a conflict.
 */
export async function pinPerformancePage(claims: VerifiedClaims, input: PinPerformancePageInput): Promise<PinnedPage> {
  const path = normalizePinnedPath(input.path);
  try {
    return await withRls(claims, async (tx) => {
      const [row] = await tx
        .insert(performancePinnedPages)
        .values({ projectId: input.projectId, path })
        .returning({ id: performancePinnedPages.id, path: performancePinnedPages.path, createdAt: performancePinnedPages.createdAt });
      if (!row) throw new AppError('FORBIDDEN', 'errors.database.forbidden');
      return row;
    });
  } catch (error) {
    if (isAppError(error) && error.code === 'TIER_LIMIT' && error.details?.resource === 'performance_pages') {
      const limit = Number(error.details.limit ?? 0);
      throw new AppError('TIER_LIMIT', 'errors.performance.pinnedPagesLimit', {
        values: { limit },
        details: { resource: 'performance_pages', limit },
      });
    }
    if (isAppError(error) && error.code === 'CONFLICT') throw new AppError('CONFLICT', 'errors.performance.alreadyPinned');
    throw error;
  }
}
