import { and, desc, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { withRls } from '@/lib/db/with-rls';
import { isImpersonating, type VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { pushSubscriptions } from '../schema';
import { checkPushEndpoint } from './check-push-endpoint';

/** A browser's PushSubscription.toJSON(), as the page sends it. */
export const pushSubscriptionSchema = z.object({
  // The form only; where it may point (the browsers' push services) is checkPushEndpoint's, which
  // needs DNS and so runs in subscribeToPush.
  endpoint: z.url({ protocol: /^https?$/ }).max(2000),
  keys: z.object({
    p256dh: z
      .string()
      .regex(/^[A-Za-z0-9_-]+={0,2}$/)
      .min(20)
      .max(200),
    auth: z
      .string()
      .regex(/^[A-Za-z0-9_-]+={0,2}$/)
      .min(8)
      .max(100),
  }),
  deviceLabel: z.string().trim().max(200).optional(),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;

export type PushDevice = { id: string; endpoint: string; deviceLabel: string; createdAt: Date; lastUsedAt: Date | null };

/**
 * Stores this device's subscription for the signed-in person. One row per endpoint: a browser that
 * was subscribed by someone else before (a shared computer) now belongs to whoever subscribed last
 * — the old row is removed on the privileged connection, because RLS rightly hides another
 * person's row from this one, and pushes for them must stop reaching this device.
 * Refused while impersonating, and for any endpoint that is not a browser's push service.
 */
export async function subscribeToPush(claims: VerifiedClaims, input: PushSubscriptionInput): Promise<PushDevice> {
  const parsed = pushSubscriptionSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION', 'errors.notifications.invalidSubscription');
  const { endpoint, keys, deviceLabel } = parsed.data;
  // An admin acting as a client must not leave their own browser subscribed to the client's
  // leads: the subscription would outlive the audited session.
  if (isImpersonating(claims)) throw new AppError('FORBIDDEN', 'errors.notifications.notWhileImpersonating');
  try {
    await checkPushEndpoint(endpoint);
  } catch {
    throw new AppError('VALIDATION', 'errors.notifications.unknownPushService');
  }
  const db = await unsafeSystemDb('a device re-subscribed by another person stops receiving the previous person’s pushes');
  await db.delete(pushSubscriptions).where(and(eq(pushSubscriptions.endpoint, endpoint), ne(pushSubscriptions.userId, claims.sub)));
  return withRls(claims, async (tx) => {
    await tx.delete(pushSubscriptions).where(and(eq(pushSubscriptions.endpoint, endpoint), eq(pushSubscriptions.userId, claims.sub)));
    const [row] = await tx
      .insert(pushSubscriptions)
      .values({ userId: claims.sub, endpoint, p256dh: keys.p256dh, auth: keys.auth, deviceLabel: deviceLabel ?? '' })
      .returning();
    return { id: row!.id, endpoint: row!.endpoint, deviceLabel: row!.deviceLabel, createdAt: row!.createdAt, lastUsedAt: row!.lastUsedAt };
  });
}

export async function listPushDevices(claims: VerifiedClaims): Promise<PushDevice[]> {
  return withRls(claims, (tx) =>
    tx
      .select({
        id: pushSubscriptions.id,
        endpoint: pushSubscriptions.endpoint,
        deviceLabel: pushSubscriptions.deviceLabel,
        createdAt: pushSubscriptions.createdAt,
        lastUsedAt: pushSubscriptions.lastUsedAt,
      })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, claims.sub))
      .orderBy(desc(pushSubscriptions.createdAt)),
  );
}

/** Removes one of the person's devices (by id from the list, or by endpoint from the device itself). */
export async function removePushDevice(claims: VerifiedClaims, input: { id: string } | { endpoint: string }): Promise<void> {
  const removed = await withRls(claims, (tx) =>
    tx
      .delete(pushSubscriptions)
      .where(
        and(
          eq(pushSubscriptions.userId, claims.sub),
          'id' in input ? eq(pushSubscriptions.id, input.id) : eq(pushSubscriptions.endpoint, input.endpoint),
        ),
      )
      .returning({ id: pushSubscriptions.id }),
  );
  if (removed.length === 0 && 'id' in input) throw new AppError('NOT_FOUND', 'errors.notifications.notFound');
}
