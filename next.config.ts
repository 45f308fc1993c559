import type { NextConfig } from 'next';

// Security headers (the app's CSP and friends) are set per request in
// src/proxy.ts, because they depend on the host: published sites
// (`<slug>.<ROOT_DOMAIN>`, known only at run time) get their own strict CSP
// from the site host handler, and a build-time `headers()` rule here would
// override it.

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Published sites use directory URLs (`/pt-BR/`) and redirect `/x` → `/x/`;
  // Next's own trailing-slash redirect would bounce them back.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  // PGlite ships WASM + data files that must be loaded from node_modules at runtime.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'ioredis'],
  // The test command runs `tsc --noEmit` over the whole repo once; doing it
  // again inside `next build` doubles the slowest step on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
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

export default nextConfig;
