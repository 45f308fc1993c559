/** The service worker bundle, exactly as scripts/build-sw.mjs writes it to public/sw-core.js. */
export function bundleServiceWorker(): Promise<string>;
