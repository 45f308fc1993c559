import { it } from 'vitest';

/**
 * Race tests need a database server. PGlite runs one transaction at a time, so a race test there
 * passes whatever the code does (remove the lock, still green) — it proves nothing. They run on
 * PostgreSQL (TEST_DATABASE_URL, as CI does) and are reported as skipped, with the reason in
 * their name, on PGlite.
 */
export const canRace = Boolean(process.env.TEST_DATABASE_URL);

export function raceIt(name: string, fn: () => Promise<void>, timeout?: number): void {
  it.skipIf(!canRace)(canRace ? name : `${name} [needs PostgreSQL: set TEST_DATABASE_URL]`, fn, timeout);
}
