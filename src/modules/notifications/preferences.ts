import type { NotificationKind } from './events';
import { NOTIFICATION_KINDS } from './events';
import type { NotificationChannel, NotificationSetting } from './schema';

/**
 * What reaches a person when they have not chosen: everything in the inbox; every kind by email
 * (a new lead at once — the one thing a small business most wants to hear); push for what needs
 * action or is good news worth a buzz, on the devices they turned push on for. A recovered
 * payment is quiet on the phone: the in-app note and the mail are enough; so is a performance
 * drop (worth fixing, not worth a buzz), while a site going down and coming back do buzz.
 */
export const DEFAULT_SETTINGS: Record<NotificationKind, Record<NotificationChannel, NotificationSetting>> = {
  'lead.created': { in_app: 'on', email: 'on', push: 'on' },
  'site.published': { in_app: 'on', email: 'on', push: 'on' },
  'site.failed': { in_app: 'on', email: 'on', push: 'on' },
  'site.down': { in_app: 'on', email: 'on', push: 'on' },
  'site.recovered': { in_app: 'on', email: 'on', push: 'on' },
  'site.performance_dropped': { in_app: 'on', email: 'on', push: 'off' },
  'domain.needs_attention': { in_app: 'on', email: 'on', push: 'on' },
  'usage.threshold': { in_app: 'on', email: 'on', push: 'on' },
  'payment.failed': { in_app: 'on', email: 'on', push: 'on' },
  'payment.recovered': { in_app: 'on', email: 'on', push: 'off' },
  // The boleto is what the client must pay: the mail is the one they look for.
  'payment.boleto_issued': { in_app: 'on', email: 'on', push: 'off' },
  'ticket.replied': { in_app: 'on', email: 'on', push: 'on' },
  'ticket.sla_warning': { in_app: 'on', email: 'on', push: 'on' },
  'ticket.sla_breached': { in_app: 'on', email: 'on', push: 'on' },
  // Deliveries stopped: worth a mail (the owner's automations are not getting leads), not a buzz.
  'webhook.disabled': { in_app: 'on', email: 'on', push: 'off' },
};

export const CHANNELS: readonly NotificationChannel[] = ['in_app', 'email', 'push'];

/** The settings a channel offers for a kind: a daily digest only makes sense for lead emails. */
export function settingsFor(kind: NotificationKind, channel: NotificationChannel): readonly NotificationSetting[] {
  return kind === 'lead.created' && channel === 'email' ? ['on', 'daily', 'off'] : ['on', 'off'];
}

export type PreferenceRow = { kind: string; channel: NotificationChannel; setting: NotificationSetting };
export type PreferenceMatrix = Record<NotificationKind, Record<NotificationChannel, NotificationSetting>>;

/** A person's stored choices laid over the defaults (rows for unknown kinds are ignored). */
export function effectivePreferences(rows: readonly PreferenceRow[]): PreferenceMatrix {
  const matrix = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, { ...DEFAULT_SETTINGS[kind] }])) as PreferenceMatrix;
  for (const row of rows) {
    const kind = row.kind as NotificationKind;
    if (!(kind in matrix)) continue;
    if (settingsFor(kind, row.channel).includes(row.setting)) matrix[kind][row.channel] = row.setting;
  }
  return matrix;
}
