import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The clock of an own app server (tests/e2e/own-app-server.ts), moved by the spec that started it.
 * Pass `env` to the server: its processes then read the time from this clock (shifted-clock.mjs),
 * the app, its embedded database and its cron scheduler alike. The clock runs at real speed and
 * only moves forward, as time does for a running server: a spec "waits" four hours for an SLA or
 * until the 1st of the month by moving it, and the crons then fire on their own schedule.
 */
export type ServerClock = {
  /** The server's time now. */
  now(): Date;
  /** Moves the server's time to `at` (never back). */
  set(at: Date): void;
  /** Moves the server's time forward by `ms`. */
  advance(ms: number): void;
  /** Environment for the server's processes. */
  env: Record<string, string>;
  remove(): void;
};

const PRELOAD = pathToFileURL(path.join(__dirname, 'shifted-clock.mjs')).href;

export function createServerClock(name: string, startAt?: Date): ServerClock {
  const file = path.join(tmpdir(), `pm-e2e-clock-${name}-${process.pid}.json`);
  let offsetMs = 0;
  const write = () => {
    // Written whole and renamed, so the server never reads half a file.
    writeFileSync(`${file}.tmp`, JSON.stringify({ offsetMs }));
    renameSync(`${file}.tmp`, file);
  };
  const clock: ServerClock = {
    now: () => new Date(Date.now() + offsetMs),
    set(at) {
      const next = at.getTime() - Date.now();
      if (next < offsetMs) throw new Error(`the server clock only moves forward (asked for ${at.toISOString()})`);
      offsetMs = next;
      write();
    },
    advance(ms) {
      clock.set(new Date(clock.now().getTime() + ms));
    },
    env: {
      PM_TEST_CLOCK_FILE: file,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${PRELOAD}`].filter(Boolean).join(' '),
    },
    remove() {
      if (existsSync(file)) rmSync(file);
    },
  };
  if (startAt) offsetMs = startAt.getTime() - Date.now();
  write();
  return clock;
}
