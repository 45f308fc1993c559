import { openPostgres } from '@/lib/db/client';

/** What the database checks need of a connection: queries, then close. */
export type DoctorDb = { query<T extends Record<string, unknown>>(text: string): Promise<T[]>; close(): Promise<void> };

/** One connection through the database port's postgres.js adapter (connected on its first query). */
export async function openDoctorDb(url: string): Promise<DoctorDb> {
  const handle = await openPostgres(url, { max: 1 });
  return { query: (text) => handle.executor.query(text), close: () => handle.close() };
}
