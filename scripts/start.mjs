// `npm start`: install, migrate + seed the embedded database, build, serve.
// Works on a fresh clone with no accounts and no network beyond npm.
import { createServer } from 'node:net';
import { ensureBuild, ensureDependencies, run, runAsync } from './lib.mjs';

/** Whether nothing listens on `port` (any interface, like `next start`). */
function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

const port = process.env.PORT ?? '3000';
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
const env = { APP_URL: appUrl, ROOT_DOMAIN: process.env.ROOT_DOMAIN ?? `localhost:${port}`, NEXT_TELEMETRY_DISABLED: '1' };

// Another server on the port would answer the health check below and get our banner printed,
// while ours fails with EADDRINUSE: say so plainly, before any work.
if (!(await isPortFree(Number(port)))) {
  console.error(`✖ Port ${port} is already in use (another Page Magic or another app?). Stop it, or run: PORT=3001 npm start`);
  process.exit(1);
}

await ensureDependencies();
console.log(process.env.DATABASE_URL ? '› Preparing the database (DATABASE_URL)…' : '› Preparing the embedded database (.data/pglite)…');
run('npx', ['tsx', 'scripts/db.ts', 'seed-if-empty'], { env });
// A real database: refuse to serve accounts whose password is printed in the README.
if (process.env.DATABASE_URL) run('npx', ['tsx', 'scripts/db.ts', 'check-published-passwords'], { env });
await ensureBuild();

// Our server in front of Next: it knows the caller's real address (scripts/server.ts).
const server = runAsync(process.execPath, ['--import', 'tsx', 'scripts/server.ts', '-p', port], { env });
const demoAccounts = process.env.DATABASE_URL
  ? ''
  : `
  Demo accounts (password: pagemagic-demo — this embedded database only)
    agency admin   admin@pagemagic.local   → ${appUrl}/admin
                   (two-factor: add key PAGEMAGICDEMOADMIN2FA234 to an authenticator app)
    free client    free@pagemagic.local    → ${appUrl}/dashboard
    pro client     pro@pagemagic.local     → ${appUrl}/dashboard
`;
const banner = `
  ✨ Page Magic is running at ${appUrl}
${demoAccounts}
  Emails (magic links, password resets) are not sent in this mode: they are
  printed below as "[outbox] …" lines and listed at ${appUrl}/admin/outbox.
  Health: ${appUrl}/api/health · Data: ./.data (kept between runs) · Stop: Ctrl+C
`;
// Print the banner once the server answers.
const started = Date.now();
let printed = false;
const poll = setInterval(async () => {
  try {
    const r = await fetch(`http://127.0.0.1:${port}/api/health`);
    if (r.ok && !printed) {
      printed = true;
      clearInterval(poll);
      console.log(banner);
    }
  } catch {
    if (Date.now() - started > 120_000) clearInterval(poll);
  }
}, 500);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
