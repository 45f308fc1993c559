import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import type { NotificationParams } from './describe-notification';
import { notifications } from './schema';

export type InboxItem = {
  id: string;
  kind: string;
  params: NotificationParams;
  link: string;
  isRead: boolean;
  createdAt: Date;
};

/**
 * The signed-in person's notifications, newest first. `user_id = sub` is also what RLS allows;
 * it is repeated here so an admin (who may read everyone's, for support) sees only their own inbox.
 */
export async function listNotifications(claims: VerifiedClaims, options: { limit?: number } = {}): Promise<InboxItem[]> {
  const rows = await withRls(claims, (tx) =>
    tx
      .select()
      .from(notifications)
      .where(eq(notifications.userId, claims.sub))
      .orderBy(desc(notifications.createdAt))
      .limit(Math.min(options.limit ?? 100, 200)),
  );
  return rows.map((r) => ({ id: r.id, kind: r.kind, params: r.params, link: r.link, isRead: r.readAt !== null, createdAt: r.createdAt }));
}

/** How many of the person's notifications are unread (the bell's number). */
export async function countUnreadNotifications(claims: VerifiedClaims): Promise<number> {
  const [row] = await withRls(claims, (tx) =>
    tx
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, claims.sub), isNull(notifications.readAt))),
  );
  return row?.n ?? 0;
}
