/**
 * Runs Lighthouse's own CLI in a plain Node child process, attached to an already running
 * Chromium. Not the in-process API: under tsx, the functions Lighthouse serializes into the page
 * carry esbuild's `__name` helper and every run fails with "__name is not defined".
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Result } from 'lighthouse';
import { CATEGORIES, type Category } from './lighthouse-audits';

const RUN_TIMEOUT_MS = 120_000;

export function runLighthouseCli(url: string, chromePort: number, categories: readonly Category[] = CATEGORIES): Promise<Result> {
  const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')), 'cli', 'index.js');
  const args = [
    cli,
    url,
    `--port=${chromePort}`,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    // Lighthouse's default config: an emulated Moto G Power on simulated slow 4G.
    '--form-factor=mobile',
    `--only-categories=${categories.join(',')}`,
    '--max-wait-for-load=45000',
  ];
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString()).slice(-2000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) {
        const why = signal === 'SIGKILL' ? `was stopped after ${RUN_TIMEOUT_MS / 1000} s` : `exited with ${signal ?? code}`;
        reject(new Error(`lighthouse ${why}: ${err.trim().split('\n').slice(-3).join(' ')}`));
        return;
      }
      try {
        const lhr = JSON.parse(Buffer.concat(out).toString('utf8')) as Result;
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        if (lhr.configSettings.formFactor !== 'mobile') throw new Error(`expected a mobile run, got ${lhr.configSettings.formFactor}`);
        resolve(lhr);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}
