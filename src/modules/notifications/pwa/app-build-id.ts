import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

let cached: string | undefined;

/**
 * A deploy's own id, when the host gives one (PM_DEPLOY_ID): two deploys of one build — a config
 * change, a rollback to the same commit — are then still two worker versions. Short and plain,
 * since it is written into the worker's script and its URL.
 */
const deployIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,64}$/);

/**
 * This deploy's id, naming the service worker's version: PM_DEPLOY_ID when set, else the build's
 * (Next writes it to <distDir>/BUILD_ID). `next dev` has none: 'development'.
 */
export function appBuildId(): string {
  if (cached) return cached;
  const deployId = deployIdSchema.safeParse(process.env.PM_DEPLOY_ID);
  if (deployId.success) return (cached = deployId.data);
  try {
    cached = readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'), 'utf8').trim() || 'development';
  } catch {
    cached = 'development';
  }
  return cached;
}
