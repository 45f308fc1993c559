import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { SERVER_ACTION_BODY_LIMIT_BYTES } from './src/lib/http/server-action-limits';

// Security headers (the app's CSP and friends) are set per request in
// src/proxy.ts, because they depend on the host: published sites
// (`<slug>.<ROOT_DOMAIN>`, known only at run time) get their own strict CSP
// from the site host handler, and a build-time `headers()` rule here would
// override it.

const nextConfig: NextConfig = {
  // Several checkouts' worth of builds side by side (a second dev server, a benchmark build).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Published sites use directory URLs (`/pt-BR/`) and redirect `/x` → `/x/`;
  // Next's own trailing-slash redirect would bounce them back.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  // PGlite ships WASM + data files that must be loaded from node_modules at runtime.
  // lighthouse and puppeteer-core (the URL analyzer) load their own files at run time: not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'ioredis', 'lighthouse', 'puppeteer-core'],
  // Web font files are read at run time (src/modules/build/load-web-fonts.ts) by the preview font
  // route and by publishing (server actions, the job endpoint): ship them with those routes.
  outputFileTracingIncludes: {
    '/site-fonts/*': ['./node_modules/@fontsource/*/files/*-latin-*-normal.woff2'],
    '/api/inngest': ['./node_modules/@fontsource/*/files/*-latin-*-normal.woff2'],
    '/dashboard/**/*': ['./node_modules/@fontsource/*/files/*-latin-*-normal.woff2'],
  },
  // `next build` typechecks: a deployment never ships code that does not typecheck. Only the test
  // command, which has just typechecked the whole repository (scripts/test-all.mjs), skips it.
  typescript: { ignoreBuildErrors: process.env.PM_TYPECHECKED === '1' },
  // The same limit the proxy enforces first with a 413 (src/lib/http/check-server-action-request.ts):
  // past it, Next itself would answer 500.
  experimental: { serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES } },
  async headers() {
    return [
      {
        source: '/sw.js',
        headers: [
          { key: 'Cache-Control', value: 'no-cache' },
          { key: 'Service-Worker-Allowed', value: '/' },
        ],
      },
    ];
  },
};

// next-intl without locale routing: the request config picks the locale from the cookie or
// Accept-Language (src/lib/i18n/request.ts).
const withNextIntl = createNextIntlPlugin('./src/lib/i18n/request.ts');

export default withNextIntl(nextConfig);
