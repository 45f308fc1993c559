'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { requireSession } from '@/modules/accounts/server-session';
import { NOTIFICATION_KINDS } from './events';
import { markNotificationsRead } from './mark-notifications-read';
import { savePreferences, type PreferenceChange } from './manage-preferences';
import { CHANNELS, settingsFor } from './preferences';
import { pushSubscriptionSchema, removePushDevice, subscribeToPush } from './push/manage-push-subscriptions';

const PAGE = '/dashboard/notifications';

export const markNotificationReadAction = defineAction(
  'markNotificationReadAction',
  z.object({ notificationId: z.uuid() }),
  async (input) => {
    const session = await requireSession();
    await markNotificationsRead(session.claims, input);
    revalidatePath(PAGE);
    return { notificationId: input.notificationId };
  },
);

export const markAllNotificationsReadAction = defineAction('markAllNotificationsReadAction', z.object({}), async () => {
  const session = await requireSession();
  const count = await markNotificationsRead(session.claims, { all: true });
  revalidatePath(PAGE);
  return { count };
});

/**
 * The settings form: one field per kind × channel, named `<kind>:<channel>`. Unknown fields are
 * dropped by the schema; a value a kind doesn't offer is refused by savePreferences.
 */
const preferenceFields = z.object(
  Object.fromEntries(
    NOTIFICATION_KINDS.flatMap((kind) => CHANNELS.map((channel) => [`${kind}:${channel}`, z.enum(['on', 'off', 'daily']).optional()])),
  ),
);

export const savePreferencesAction = defineAction('savePreferencesAction', preferenceFields, async (input) => {
  const session = await requireSession();
  const changes: PreferenceChange[] = [];
  for (const kind of NOTIFICATION_KINDS) {
    for (const channel of CHANNELS) {
      const setting = input[`${kind}:${channel}`];
      if (setting && settingsFor(kind, channel).includes(setting)) changes.push({ kind, channel, setting });
    }
  }
  const saved = await savePreferences(session.claims, changes);
  revalidatePath(`${PAGE}/settings`);
  return saved;
});

export const subscribePushAction = defineAction('subscribePushAction', pushSubscriptionSchema, async (input) => {
  const session = await requireSession();
  const device = await subscribeToPush(session.claims, input);
  revalidatePath(`${PAGE}/settings`);
  return { id: device.id };
});

export const removePushDeviceAction = defineAction(
  'removePushDeviceAction',
  z.union([z.object({ id: z.uuid() }), z.object({ endpoint: z.url().max(2000) })]),
  async (input) => {
    const session = await requireSession();
    await removePushDevice(session.claims, input);
    revalidatePath(`${PAGE}/settings`);
    return { removed: true };
  },
);
