/**
 * A deployment's life: queued → building → checking → ready, or failed from any unfinished step.
 * Pure (no Drizzle) so the publish panel in the browser shares it with the server.
 */
export type DeploymentStatus = 'queued' | 'building' | 'checking' | 'ready' | 'failed';

/** Statuses of a deployment whose job has not finished yet. */
export const UNFINISHED_STATUSES = ['queued', 'building', 'checking'] as const satisfies readonly DeploymentStatus[];

export function isUnfinishedStatus(status: string): boolean {
  return (UNFINISHED_STATUSES as readonly string[]).includes(status);
}

/** After this long, an unfinished deployment's job is presumed lost (the cron safety net fails it). */
export const STALLED_AFTER_MS = 10 * 60_000;

export function isStalled(status: string, createdAt: Date, now = Date.now()): boolean {
  return isUnfinishedStatus(status) && now - createdAt.getTime() > STALLED_AFTER_MS;
}
