import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// vercel.json must name real files: Vercel refuses a deployment whose `functions` pattern matches
// nothing ("unmatched function pattern"), and a cron pointed at a route that does not exist fails
// silently every time it fires. A route that sets its own `maxDuration` must agree with vercel.json.

const root = path.resolve(import.meta.dirname, '../..');

const vercelSchema = z.object({
  functions: z
    .record(z.string(), z.object({ maxDuration: z.number().int().positive().optional(), memory: z.number().optional() }))
    .default({}),
  crons: z.array(z.object({ path: z.string().startsWith('/'), schedule: z.string() })).default([]),
});

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(relative) : [relative];
  });
}

/** An App Router route file's URL pattern: groups `(x)` dropped, `[id]` kept as a one-segment wildcard. */
function routePattern(file: string): RegExp {
  const segments = path.posix
    .dirname(file.replace(/^src\/app/, ''))
    .split('/')
    .filter((s) => s && !/^\(.*\)$/.test(s));
  const source = segments
    .map((s) => (/^\[\[?\.\.\./.test(s) ? '(?:/.*)?' : /^\[.*\]$/.test(s) ? '/[^/]+' : `/${s.replace(/[.*+?^${}()|\\]/g, '\\$&')}`))
    .join('');
  return new RegExp(`^${source || '/'}/?$`);
}

function checkVercelConfig(config: unknown, files: readonly string[]): string[] {
  const { functions, crons } = vercelSchema.parse(config);
  const errors: string[] = [];
  const routes = files.filter((f) => /^src\/app\/.*\/route\.(ts|tsx|js)$/.test(f));
  for (const [pattern, settings] of Object.entries(functions)) {
    const matched = files.filter((f) => minimatch(f, pattern));
    if (!matched.length) errors.push(`functions: ${pattern} matches no file`);
    for (const file of matched) {
      const own = readFileSync(path.join(root, file), 'utf8').match(/export const maxDuration = (\d+)/)?.[1];
      if (own && settings.maxDuration !== undefined && Number(own) !== settings.maxDuration) {
        errors.push(`functions: ${file} exports maxDuration ${own}, vercel.json says ${settings.maxDuration}`);
      }
    }
  }
  for (const cron of crons) {
    const pathname = cron.path.split('?')[0]!;
    if (!routes.some((r) => routePattern(r).test(pathname))) errors.push(`crons: ${cron.path} is no route of the app`);
  }
  return errors;
}

describe('vercel.json', () => {
  const files = [...filesUnder('src'), ...filesUnder('inngest')];
  const config: unknown = JSON.parse(readFileSync(path.join(root, 'vercel.json'), 'utf8'));

  it('names only files that exist, with the durations the routes declare, and crons that are routes', () => {
    expect(checkVercelConfig(config, files)).toEqual([]);
  });

  it('gives every long-running route (one that exports maxDuration) a vercel.json entry', () => {
    const { functions } = vercelSchema.parse(config);
    const longRunning = files.filter(
      (f) => /\/route\.ts$/.test(f) && /export const maxDuration/.test(readFileSync(path.join(root, f), 'utf8')),
    );
    expect(longRunning.length).toBeGreaterThan(0);
    for (const file of longRunning)
      expect(
        Object.keys(functions).some((p) => minimatch(file, p)),
        file,
      ).toBe(true);
  });

  it('would catch a stale glob, a disagreeing duration and a cron to nowhere', () => {
    const broken = {
      functions: { 'src/app/api/generate/**': { maxDuration: 300 }, 'src/app/api/projects/*/generate/route.ts': { maxDuration: 60 } },
      crons: [
        { path: '/api/cron/nothing', schedule: '0 * * * *' },
        { path: '/api/health', schedule: '0 * * * *' },
      ],
    };
    expect(checkVercelConfig(broken, files)).toEqual([
      'functions: src/app/api/generate/** matches no file',
      'functions: src/app/api/projects/[projectId]/generate/route.ts exports maxDuration 300, vercel.json says 60',
      'crons: /api/cron/nothing is no route of the app',
    ]);
  });
});
