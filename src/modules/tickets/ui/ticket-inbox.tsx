'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Button } from '@/lib/ui/button';
import { Card } from '@/lib/ui/card';
import { FormField } from '@/lib/ui/form-field';
import { NativeSelect } from '@/lib/ui/native-select';
import type { TicketRow } from '../schema';
import { TICKET_PRIORITIES, TICKET_STATUSES } from '../ticket-status';
import { TicketPriorityBadge, TicketStatusBadge } from './ticket-badges';
import { SlaLine } from './sla-line';
import { slaViewOf } from './sla-view';

export type InboxFilterValues = { status?: string; priority?: string; plan?: string; assignee?: string; client?: string };

/**
 * The agency's inbox: filters (a plain GET form, so it works before hydration and the URL can be
 * shared) and the tickets in SLA order, each with its time left or overdue. Admins see everyone's
 * (`staff` given: the assignee and client filters); a developer sees the tickets assigned to them,
 * without those filters, each opening on their own ticket page.
 */
export function TicketInbox({
  tickets,
  filters,
  emails,
  staff,
}: {
  tickets: TicketRow[];
  filters: InboxFilterValues;
  emails: Record<string, string>;
  /** The agency's admins and developers (admins' inbox); null for a developer's own. */
  staff: Array<{ id: string; email: string; role: 'admin' | 'developer' }> | null;
}) {
  const t = useTranslations('adminTickets');
  const ts = useTranslations('tickets');
  const clients = [...new Set(tickets.map((x) => x.ownerId).concat(filters.client ? [filters.client] : []))];
  return (
    <div className="space-y-4">
      <Card>
        <form method="get" className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end" aria-label={t('filters')}>
          <FormField label={t('statusLabel')}>
            {(field) => (
              <NativeSelect {...field} name="status" defaultValue={filters.status ?? 'active'}>
                <option value="active">{t('active')}</option>
                {TICKET_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {ts('status', { status: s, audience: 'agency' })}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          <FormField label={ts('priority')}>
            {(field) => (
              <NativeSelect {...field} name="priority" defaultValue={filters.priority ?? ''}>
                <option value="">{t('any')}</option>
                {TICKET_PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {ts('priorityLabel', { priority: p })}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          <FormField label={t('plan')}>
            {(field) => (
              <NativeSelect {...field} name="plan" defaultValue={filters.plan ?? ''}>
                <option value="">{t('any')}</option>
                {(['free', 'basic', 'pro', 'enterprise'] as const).map((p) => (
                  <option key={p} value={p}>
                    {t('planName', { plan: p })}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          {staff ? (
            <>
              <FormField label={t('assignee')}>
                {(field) => (
                  <NativeSelect {...field} name="assignee" defaultValue={filters.assignee ?? ''}>
                    <option value="">{t('any')}</option>
                    <option value="none">{t('unassigned')}</option>
                    {staff.map((person) => (
                      <option key={person.id} value={person.id}>
                        {t('staffOption', { email: person.email, role: person.role })}
                      </option>
                    ))}
                  </NativeSelect>
                )}
              </FormField>
              <FormField label={t('client')}>
                {(field) => (
                  <NativeSelect {...field} name="client" defaultValue={filters.client ?? ''}>
                    <option value="">{t('any')}</option>
                    {clients.map((id) => (
                      <option key={id} value={id}>
                        {emails[id] ?? id}
                      </option>
                    ))}
                  </NativeSelect>
                )}
              </FormField>
            </>
          ) : null}
          <Button type="submit" variant="secondary">
            {t('apply')}
          </Button>
        </form>
      </Card>
      {tickets.length ? (
        <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white" aria-label={t('listLabel')}>
          {tickets.map((ticket) => (
            <li key={ticket.id} className="grid gap-1 p-3 sm:grid-cols-[1fr_auto] sm:gap-4" data-testid="inbox-row">
              <div className="min-w-0 space-y-1">
                <Link
                  href={staff ? `/admin/tickets/${ticket.id}` : `/dashboard/tickets/assigned/${ticket.id}`}
                  className="font-semibold break-words text-brand-700 underline"
                >
                  #{ticket.number} {ticket.subject}
                </Link>
                <p className="text-xs break-words text-muted">
                  {staff
                    ? `${emails[ticket.ownerId] ?? '—'} · ${t('planName', { plan: ticket.tier })} · ${
                        ticket.assigneeId ? (staff.find((a) => a.id === ticket.assigneeId)?.email ?? '—') : t('unassigned')
                      }`
                    : t('planName', { plan: ticket.tier })}
                </p>
                <div className="flex flex-wrap gap-2">
                  <TicketStatusBadge status={ticket.status} audience="agency" />
                  <TicketPriorityBadge priority={ticket.priority} />
                </div>
              </div>
              <SlaLine className="sm:max-w-56 sm:text-right" audience="agency" sla={slaViewOf(ticket)} />
            </li>
          ))}
        </ul>
      ) : (
        <Card>
          <p className="text-muted">{t('emptyInbox')}</p>
        </Card>
      )}
    </div>
  );
}
