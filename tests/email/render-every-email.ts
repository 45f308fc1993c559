/**
 * Child process of render-in-contexts.test.ts: renders every mail (every-email.ts) the way one
 * context loads our code, and prints one JSON line per mail. Contexts:
 *  - `npm-start-site-host`: scripts/server.ts — site hosts are answered by our code loaded from
 *    src/ by tsx, in the same process as Next. It imports scripts/next-node-env.ts first (as
 *    server.ts does), loads the code, then Next's prepare() sets NODE_ENV to 'production'
 *    (next/dist/server/lib/router-server.js) before any request is answered.
 *  - `site-server`: scripts/site-server.ts alone (no Next): NODE_ENV as the process got it.
 *  - `next-server`: app routes, server actions and jobs (the embedded engine starts from
 *    instrumentation; Inngest calls /api/inngest) run in Next's server, which `next start` and
 *    prepare() put in production mode before loading them.
 */
const context = process.argv[2];

async function main() {
  if (context === 'npm-start-site-host') await import('../../scripts/next-node-env');
  const { everyEmail } = await import('./every-email');
  // What Next's prepare() does to the process after our modules are loaded.
  if (context === 'npm-start-site-host') Object.assign(process.env, { NODE_ENV: 'production' });
  for (const mail of everyEmail()) {
    try {
      const rendered = await mail.render();
      const ok = rendered.subject.length > 0 && rendered.html.includes('<html') && rendered.text.length > 0;
      console.log(JSON.stringify({ name: mail.name, ok, error: ok ? undefined : 'empty mail' }));
    } catch (err) {
      console.log(JSON.stringify({ name: mail.name, ok: false, error: err instanceof Error ? err.message : String(err) }));
    }
  }
}

void main().then(() => process.exit(0));
