import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { TEMPLATE_FILES } from './every-email';

// Every mail renders in every context it is sent from. The site host's newsletter sign-up once
// answered 503 for every new address: in `npm start`'s process, the site host's code is loaded
// by tsx before Next's prepare() switches NODE_ENV to production, so it held React's development
// build while react-email, rendering later, loaded the production one ("dispatcher.getOwner is not
// a function"). Each context runs in a child process that loads the code the way that context
// does (render-every-email.ts says how), and renders every kind of every template.

const run = promisify(execFile);

async function renderIn(context: string, env: Record<string, string | undefined>) {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tests/email/render-every-email.ts', context], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { name: string; ok: boolean; error?: string });
}

const CONTEXTS = [
  // npm start / the e2e server: NODE_ENV unset at start, production once Next is prepared.
  { context: 'npm-start-site-host', env: { NODE_ENV: undefined } },
  { context: 'site-server', env: { NODE_ENV: 'production' } },
  { context: 'next-server', env: { NODE_ENV: 'production' } },
];

describe('every email renders in every context it is sent from', () => {
  it.each(CONTEXTS)('$context', async ({ context, env }) => {
    const results = await renderIn(context, env);
    expect(results.length).toBeGreaterThan(60);
    expect(results.filter((result) => !result.ok)).toEqual([]);
  });

  it('scripts/server.ts settles NODE_ENV before it loads anything else', () => {
    const source = readFileSync('scripts/server.ts', 'utf8');
    const firstImport = /^import\s+(?:[^'"]+from\s+)?['"]([^'"]+)['"]/m.exec(source)?.[1];
    expect(firstImport).toBe('./next-node-env');
  });

  it('lists every file that renders a mail', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && /\brenderEmail\(/.test(readFileSync(full, 'utf8')))
          files.push(full);
      }
    };
    walk('src');
    expect(files.filter((file) => file !== 'src/lib/email/render-email.ts').sort()).toEqual([...TEMPLATE_FILES].sort());
  });
});
