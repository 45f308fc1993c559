import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { meteringWatermarks } from './schema';

/**
 * How far a periodic meter has recorded. A meter reads it, records the windows since, and moves it
 * in the same transaction (the row is locked meanwhile), so two cron runs never record a window twice
 * and a missed run is caught up by the next.
 */
export async function lockMeterWatermark(tx: Db, meter: string): Promise<Date | null> {
  const [row] = await tx.select().from(meteringWatermarks).where(eq(meteringWatermarks.meter, meter)).for('update');
  return row?.recordedUntil ?? null;
}

export async function moveMeterWatermark(tx: Db, meter: string, until: Date): Promise<void> {
  await tx
    .insert(meteringWatermarks)
    .values({ meter, recordedUntil: until })
    .onConflictDoUpdate({ target: meteringWatermarks.meter, set: { recordedUntil: until, updatedAt: new Date() } });
}
