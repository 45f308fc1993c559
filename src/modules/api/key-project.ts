import { AppError } from '@/lib/errors';
import type { V1Context } from './handle-v1-request';
import { projectIdParams } from './v1-schemas';

type KeyScope = Pick<V1Context, 'keyProjectId'>;

/**
 * A key restricted to one project (api_keys.project_id) touches that project only. Any other
 * project — the owner's own included — is a 404, the answer RLS gives for a project that is not
 * the owner's: to this key it does not exist, and a 403 would confirm that it does. RLS still
 * decides first what the owner may reach; this only narrows it.
 */
export function assertKeyMayTouch(ctx: KeyScope, projectId: string | null | undefined): void {
  if (ctx.keyProjectId && projectId !== ctx.keyProjectId) throw new AppError('NOT_FOUND', 'errors.common.notFound');
}

/**
 * The project filter a list uses: the key's project for a restricted key (a filter naming another
 * project is a 404, as above), else the filter asked for (or none).
 */
export function keyProjectFilter(ctx: KeyScope, asked: string | undefined): string | undefined {
  if (!ctx.keyProjectId) return asked;
  assertKeyMayTouch(ctx, asked ?? ctx.keyProjectId);
  return ctx.keyProjectId;
}

/**
 * What belongs to the whole account — creating a project (it would fall outside the restriction),
 * the account's files (storage is the owner's, not a project's) — is refused to a restricted key
 * with a 403 naming why: there is no project to hide here, so a 404 would only mislead.
 */
export function assertAccountWideKey(ctx: KeyScope): void {
  if (ctx.keyProjectId) throw new AppError('FORBIDDEN', 'errors.api.keyRestrictedToProject');
}

/** A project route's `{id}`, parsed, and refused (404) when the key is restricted to another project. */
export function projectOf(ctx: KeyScope, params: unknown): string {
  const id = projectIdParams.parse(params).id;
  assertKeyMayTouch(ctx, id);
  return id;
}
