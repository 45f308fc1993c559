import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { notificationKindSchema } from './events';
import { CHANNELS, effectivePreferences, settingsFor, type PreferenceMatrix, type PreferenceRow } from './preferences';
import { notificationPreferences } from './schema';

export async function getPreferences(claims: VerifiedClaims): Promise<PreferenceMatrix> {
  const rows = await withRls(claims, (tx) =>
    tx
      .select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel, setting: notificationPreferences.setting })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, claims.sub)),
  );
  return effectivePreferences(rows as PreferenceRow[]);
}

export const preferenceChangeSchema = z.object({
  kind: notificationKindSchema,
  channel: z.enum(['in_app', 'email', 'push']),
  setting: z.enum(['on', 'off', 'daily']),
});
export type PreferenceChange = z.infer<typeof preferenceChangeSchema>;

/** Saves the person's choices (only what they send; the rest keep their current value or default). */
export async function savePreferences(claims: VerifiedClaims, changes: readonly PreferenceChange[]): Promise<PreferenceMatrix> {
  for (const change of changes) {
    if (!CHANNELS.includes(change.channel) || !settingsFor(change.kind, change.channel).includes(change.setting))
      throw new AppError('VALIDATION', 'errors.notifications.invalidPreference');
  }
  await withRls(claims, async (tx) => {
    for (const change of changes) {
      await tx
        .insert(notificationPreferences)
        .values({ userId: claims.sub, ...change })
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.kind, notificationPreferences.channel],
          set: { setting: change.setting, updatedAt: sql`now()` },
        });
    }
  });
  return getPreferences(claims);
}
