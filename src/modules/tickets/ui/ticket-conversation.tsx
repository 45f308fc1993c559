import { useFormatter, useTranslations } from 'next-intl';
import { Lock } from 'lucide-react';
import { cn } from '@/lib/ui/cn';

export type ConversationItem =
  | { kind: 'message'; id: string; body: string; fromAgency: boolean; createdAt: Date }
  | { kind: 'note'; id: string; body: string; createdAt: Date };

/**
 * The conversation, oldest first: the client's description, then messages — and, for the agency
 * only, internal notes, marked as such in words (a client's page never gets any: RLS returns none).
 */
export function TicketConversation({ items, audience }: { items: ConversationItem[]; audience: 'client' | 'agency' }) {
  const t = useTranslations('tickets.conversation');
  const format = useFormatter();
  return (
    <ol className="space-y-3" aria-label={t('label')}>
      {items.map((item) => {
        const isNote = item.kind === 'note';
        const fromAgency = item.kind === 'message' && item.fromAgency;
        const who = isNote
          ? t('note')
          : fromAgency
            ? t(audience === 'client' ? 'agency' : 'you')
            : t(audience === 'client' ? 'you' : 'client');
        return (
          <li
            key={`${item.kind}-${item.id}`}
            data-testid={isNote ? 'ticket-note' : 'ticket-message'}
            className={cn(
              'rounded-lg border p-3',
              isNote ? 'border-amber-300 bg-amber-50' : fromAgency ? 'border-brand-200 bg-brand-50' : 'border-gray-200 bg-white',
              fromAgency ? 'sm:ml-8' : 'sm:mr-8',
            )}
          >
            <p className="flex flex-wrap items-center gap-x-2 text-xs text-muted">
              {isNote ? <Lock aria-hidden="true" className="size-3" /> : null}
              <span className="font-semibold text-ink">{who}</span>
              <time dateTime={item.createdAt.toISOString()}>
                {format.dateTime(item.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
            </p>
            <p className="mt-1 text-sm break-words whitespace-pre-wrap">{item.body}</p>
          </li>
        );
      })}
    </ol>
  );
}
