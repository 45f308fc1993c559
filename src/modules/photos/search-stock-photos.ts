import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { reportError } from '@/lib/observability';
import { enforceRateLimit } from '@/lib/ratelimit/enforce-rate-limit';
import { getStockPhotos } from '@/lib/photos/get-stock-photos';
import type { StockPhoto, StockPhotoProvider } from '@/lib/photos/types';

export const searchStockPhotosInput = z.object({ query: z.string().trim().min(1).max(100) });

export type StockPhotoSearch = { isConfigured: false } | { isConfigured: true; photos: StockPhoto[] };

/**
 * Unsplash allows an application a few thousand requests an hour, shared by all clients: one
 * person typing must not spend them for everyone.
 */
export const STOCK_SEARCH_RATE_LIMIT = { limit: 60, windowSeconds: 60 * 60 };

/** The image picker's stock search: photos for `query`, or "not configured" on the embedded default. */
export async function searchStockPhotos(
  claims: VerifiedClaims,
  raw: z.input<typeof searchStockPhotosInput>,
  stock: StockPhotoProvider = getStockPhotos(),
): Promise<StockPhotoSearch> {
  const { query } = searchStockPhotosInput.parse(raw);
  if (stock.kind === 'none') return { isConfigured: false };
  await enforceRateLimit('stock-photo-search', claims.sub, STOCK_SEARCH_RATE_LIMIT);
  try {
    return { isConfigured: true, photos: await stock.search(query, { perPage: 18 }) };
  } catch (err) {
    reportError(err, { where: 'searchStockPhotos' });
    throw new AppError('UNAVAILABLE', 'errors.photos.searchFailed');
  }
}
