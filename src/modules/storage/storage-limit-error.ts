import { AppError, isAppError } from '@/lib/errors';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

/**
 * The database's refusals (tier_limit:storage, tier_limit:file_size from
 * private.assert_storage_room) in words that say what to do, with the plan's numbers.
 */
export function toStorageLimitError(err: unknown): unknown {
  if (!isAppError(err) || err.code !== 'TIER_LIMIT') return err;
  const limit = Number(err.details?.limit ?? 0);
  if (err.details?.resource === 'file_size') {
    return new AppError('TIER_LIMIT', 'errors.storage.fileTooLargeForPlan', {
      values: { limitMb: Math.round(limit / MIB) },
      details: err.details,
    });
  }
  if (err.details?.resource === 'storage') {
    return new AppError('TIER_LIMIT', 'errors.storage.storageFull', { values: { limitGb: Math.round(limit / GIB) }, details: err.details });
  }
  return err;
}
