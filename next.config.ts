import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { SERVER_ACTION_BODY_LIMIT_BYTES } from './src/lib/http/server-action-limits';

// Security headers (the app's CSP and friends) are set per request in
// src/proxy.ts, because they depend on the host: published sites
// (`<slug>.<ROOT_DOMAIN>`, known only at run time) get their own strict CSP
// from the site host handler, and a build-time `headers()` rule here would
// override it.

// Lighthouse (the analyzer's jobs, which the job engine loads at start) reads files tracing can't
// see: its locales, audits and gatherers by computed path, its report templates, axe-core's and the
// library detector's page scripts. Without them the standalone server's instrumentation hook fails
// to load (scripts/check-standalone.mjs sees it).
const LIGHTHOUSE_RUNTIME_FILES = [
  './node_modules/lighthouse/package.json',
  './node_modules/lighthouse/{core,dist,flow-report,report,shared}/**/*',
  './node_modules/lighthouse-logger/**/*',
  './node_modules/axe-core/{package.json,axe.min.js}',
  './node_modules/js-library-detector/{package.json,library/libraries.js}',
];

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
    '/api/inngest': ['./node_modules/@fontsource/*/files/*-latin-*-normal.woff2', ...LIGHTHOUSE_RUNTIME_FILES],
    '/dashboard/**/*': ['./node_modules/@fontsource/*/files/*-latin-*-normal.woff2'],
    // The embedded database migrates itself from supabase/migrations (src/lib/db/migrate.ts): the
    // standalone server (docs/deploy.md) runs without the checkout, so the SQL travels with it.
    '/api/health': ['./supabase/migrations/*.sql'],
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

// The build also writes the standalone server (`.next/standalone/server.js`, the VPS path of
// docs/deploy.md; scripts/check-standalone.mjs runs it). Only the build: `npm start` serves the
// same build through scripts/server.ts, and Next warns that `next start` "does not work" whenever
// the config it loads at run time says standalone. Not on Vercel, which packages functions itself.
export default function config(phase: string): NextConfig {
  const isStandaloneBuild = phase === PHASE_PRODUCTION_BUILD && process.env.VERCEL !== '1';
  return withNextIntl(isStandaloneBuild ? { ...nextConfig, output: 'standalone' } : nextConfig);
}
