import { and, eq, isNull } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { notifications } from './schema';

/**
 * Marks one notification read, or all of the person's unread ones. RLS lets a person update only
 * their own rows (and only read_at); someone else's id matches nothing and answers NOT_FOUND, the
 * same as an id that doesn't exist, so ids cannot be probed.
 */
export async function markNotificationsRead(claims: VerifiedClaims, input: { notificationId: string } | { all: true }): Promise<number> {
  return withRls(claims, async (tx) => {
    const mine = eq(notifications.userId, claims.sub);
    if ('all' in input) {
      const rows = await tx
        .update(notifications)
        .set({ readAt: new Date() })
        .where(and(mine, isNull(notifications.readAt)))
        .returning({ id: notifications.id });
      return rows.length;
    }
    const [row] = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(mine, eq(notifications.id, input.notificationId)))
      .returning({ id: notifications.id });
    if (!row) throw new AppError('NOT_FOUND', 'errors.notifications.notFound');
    return 1;
  });
}
