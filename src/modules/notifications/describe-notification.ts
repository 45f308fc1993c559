import type { NotificationEvent, NotificationKind } from './events';

/** The message selector of a kind in the catalogs (ICU `select` keys cannot hold dots). */
export const KIND_SELECTOR = {
  'lead.created': 'leadCreated',
  'site.published': 'sitePublished',
  'site.failed': 'siteFailed',
  'site.down': 'siteDown',
  'site.recovered': 'siteRecovered',
  'site.performance_dropped': 'sitePerformanceDropped',
  'domain.needs_attention': 'domainNeedsAttention',
  'usage.threshold': 'usageThreshold',
  'payment.failed': 'paymentFailed',
  'payment.recovered': 'paymentRecovered',
  'payment.boleto_issued': 'paymentBoletoIssued',
  'ticket.replied': 'ticketReplied',
  'ticket.sla_warning': 'ticketSlaWarning',
  'ticket.sla_breached': 'ticketSlaBreached',
  'webhook.disabled': 'webhookDisabled',
} as const satisfies Record<NotificationKind, string>;

export type NotificationParams = Record<string, string | number>;

/** What a notification says and where it leads, resolved once when it is delivered. */
export type NotificationContent = { projectId: string | null; params: NotificationParams; link: string };

/**
 * The inbox entry (and mail and push) of an event: the values its messages are built from and
 * the app page it is about. `projectName` comes from the projects module (resolved by delivery).
 * Links are app paths only — never a URL from the payload — so a notification cannot send a
 * person off-site.
 */
export function describeNotification(event: NotificationEvent, projectName: string | null): NotificationContent {
  const name = projectName ?? '';
  switch (event.kind) {
    case 'lead.created':
      return {
        projectId: event.projectId,
        params: { projectName: name, leadName: event.leadName, messagePreview: event.messagePreview },
        link: event.leadId ? `/dashboard/leads#lead-${event.leadId}` : '/dashboard/leads',
      };
    case 'site.published':
      return {
        projectId: event.projectId,
        params: {
          projectName: name,
          ...(event.url ? { url: event.url } : {}),
          ...(event.version ? { version: event.version } : {}),
          ...(event.siteName ? { siteName: event.siteName } : {}),
        },
        link: `/dashboard/projects/${event.projectId}`,
      };
    case 'site.failed':
      return { projectId: event.projectId, params: { projectName: name }, link: `/dashboard/projects/${event.projectId}` };
    case 'site.down':
      return {
        projectId: event.projectId,
        params: { projectName: name, host: event.host, cause: event.cause, ...(event.statusCode ? { statusCode: event.statusCode } : {}) },
        link: `/dashboard/projects/${event.projectId}/insights`,
      };
    case 'site.recovered':
      return {
        projectId: event.projectId,
        params: { projectName: name, host: event.host, minutes: Math.max(1, Math.round(event.durationMs / 60_000)) },
        link: `/dashboard/projects/${event.projectId}/insights`,
      };
    case 'site.performance_dropped':
      return {
        projectId: event.projectId,
        params: {
          projectName: name,
          metric: event.metric,
          drop: event.drop,
          ...(event.previous !== undefined ? { previous: event.previous } : {}),
          ...(event.current !== undefined ? { current: event.current } : {}),
        },
        link: `/dashboard/projects/${event.projectId}/insights`,
      };
    case 'domain.needs_attention':
      return {
        projectId: event.projectId,
        params: { projectName: name, domainName: event.domainName, reason: event.reason },
        link: '/dashboard/domains',
      };
    case 'usage.threshold':
      return { projectId: null, params: { meter: event.meter, percent: event.percent }, link: '/dashboard/usage' };
    case 'payment.failed':
    case 'payment.recovered':
      return { projectId: null, params: {}, link: '/dashboard/billing' };
    case 'payment.boleto_issued':
      return {
        projectId: null,
        params: { amount: event.amountCents / 100, currency: event.currency.toUpperCase(), dueAt: Date.parse(event.dueAt) },
        link: '/dashboard/billing',
      };
    case 'ticket.replied':
      return {
        projectId: null,
        params: { ticketNumber: event.ticketNumber, subject: event.subject },
        link: `/dashboard/tickets/${event.ticketId}`,
      };
    case 'ticket.sla_warning':
    case 'ticket.sla_breached':
      return {
        projectId: null,
        params: { ticketNumber: event.ticketNumber, subject: event.subject },
        // The warning goes to the assignee, who may be a developer (no admin area): their page
        // sends an admin on to the admin's. The breach goes to admins only.
        link: event.kind === 'ticket.sla_warning' ? `/dashboard/tickets/assigned/${event.ticketId}` : `/admin/tickets/${event.ticketId}`,
      };
    case 'webhook.disabled':
      // The host only: the rest of an endpoint URL often carries the receiving tool's token.
      return { projectId: null, params: { host: hostOf(event.url) }, link: '/dashboard/webhooks' };
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** The ICU values of a notification's title and body in the catalogs (`notifications.message`). */
export function messageValues(kind: string, params: NotificationParams): Record<string, string | number> {
  const selector = (KIND_SELECTOR as Record<string, string>)[kind] ?? 'other';
  const str = (key: string) => (typeof params[key] === 'string' ? (params[key] as string) : '');
  const num = (key: string) => (typeof params[key] === 'number' ? (params[key] as number) : 0);
  return {
    kind: selector,
    projectName: str('projectName'),
    leadName: str('leadName'),
    hasLeadName: str('leadName') ? 'yes' : 'no',
    messagePreview: str('messagePreview'),
    hasMessage: str('messagePreview') ? 'yes' : 'no',
    domainName: str('domainName'),
    reason: str('reason') || 'other',
    meter: str('meter') || 'other',
    percent: typeof params.percent === 'number' ? params.percent / 100 : 0,
    ticketNumber: typeof params.ticketNumber === 'number' ? params.ticketNumber : 0,
    subject: str('subject'),
    host: str('host'),
    cause: str('cause') || 'other',
    statusCode: num('statusCode'),
    minutes: num('minutes'),
    metric: str('metric') || 'other',
    drop: str('drop') || 'other',
    previous: num('previous'),
    current: num('current'),
    amount: num('amount'),
    currency: str('currency') || 'BRL',
    dueAt: num('dueAt'),
  };
}
