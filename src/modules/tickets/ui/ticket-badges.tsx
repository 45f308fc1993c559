import { useTranslations } from 'next-intl';
import { Badge } from '@/lib/ui/badge';
import type { TicketPriority, TicketStatus } from '../ticket-status';

const STATUS_VARIANT = {
  open: 'brand',
  in_progress: 'brand',
  waiting_for_client: 'warning',
  resolved: 'success',
  closed: 'neutral',
} as const satisfies Record<TicketStatus, string>;

const PRIORITY_VARIANT = { low: 'neutral', medium: 'neutral', high: 'warning', urgent: 'danger' } as const satisfies Record<
  TicketPriority,
  string
>;

/** Status as the reader sees it: "Waiting for you" to the client, "Waiting for the client" to the agency. */
export function TicketStatusBadge({ status, audience }: { status: TicketStatus; audience: 'client' | 'agency' }) {
  const t = useTranslations('tickets');
  return <Badge variant={STATUS_VARIANT[status]}>{t('status', { status, audience })}</Badge>;
}

export function TicketPriorityBadge({ priority }: { priority: TicketPriority }) {
  const t = useTranslations('tickets');
  return <Badge variant={PRIORITY_VARIANT[priority]}>{t('priorityLabel', { priority })}</Badge>;
}
