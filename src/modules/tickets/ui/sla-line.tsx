'use client';

import { useFormatter, useNow, useTranslations } from 'next-intl';
import { cn } from '@/lib/ui/cn';

export type SlaView = {
  slaMinutes: number | null;
  dueAt: Date | null;
  respondedAt: Date | null;
  pausedAt: Date | null;
  breachedAt: Date | null;
};

/**
 * Where a ticket's first answer stands: answered (when), paused (waiting for the client), due in
 * (time left) or overdue, or no SLA on the plan. The clock ticks every minute; overdue is said in
 * words, not by colour alone.
 */
export function SlaLine({ sla, audience, className }: { sla: SlaView; audience: 'client' | 'agency'; className?: string }) {
  const t = useTranslations('tickets.sla');
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  let text: string;
  let tone = 'text-muted';
  if (sla.respondedAt) text = t('answered', { when: format.dateTime(sla.respondedAt, { dateStyle: 'medium', timeStyle: 'short' }) });
  else if (sla.slaMinutes === null) text = t('none');
  else if (sla.pausedAt || !sla.dueAt) text = t('paused', { audience });
  else if (sla.dueAt.getTime() < now.getTime()) {
    text = t('overdue', { ago: format.relativeTime(sla.dueAt, now) });
    tone = 'font-semibold text-red-700';
  } else {
    text = t('dueIn', {
      in: format.relativeTime(sla.dueAt, now),
      at: format.dateTime(sla.dueAt, { dateStyle: 'medium', timeStyle: 'short' }),
    });
    if (sla.dueAt.getTime() - now.getTime() < 0.2 * sla.slaMinutes * 60_000) tone = 'font-semibold text-amber-800';
  }
  return <p className={cn('text-sm', tone, className)}>{text}</p>;
}
