import { appBuildId } from '@/modules/notifications/pwa/app-build-id';

export const dynamic = 'force-dynamic';

/**
 * The service worker's script. Its body names this build, so a deploy changes it byte for byte:
 * browsers then install the new worker, which waits, and the page offers "new version — reload"
 * (see public/register-sw.js). The worker itself is public/sw-core.js (Serwist; scripts/build-sw.mjs).
 */
export function GET() {
  const build = appBuildId();
  const body = `self.__PM_REVISION=${JSON.stringify(build)};\nimportScripts(${JSON.stringify(`/sw-core.js?v=${encodeURIComponent(build)}`)});\n`;
  return new Response(body, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      // Browsers re-check the worker at least daily; no-cache makes every check reach us.
      'Cache-Control': 'no-cache',
    },
  });
}
