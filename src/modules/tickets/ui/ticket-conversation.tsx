import { useFormatter, useTranslations } from 'next-intl';
import { Lock, Paperclip } from 'lucide-react';
import { cn } from '@/lib/ui/cn';
import { formatBytes } from '@/modules/storage/ui/format-bytes';
import type { TicketAttachment, TicketDetail } from '../get-ticket';

export type ConversationItem =
  | {
      kind: 'message';
      id: string;
      body: string;
      fromAgency: boolean;
      authorId?: string | null;
      createdAt: Date;
      attachments: TicketAttachment[];
    }
  | { kind: 'note'; id: string; body: string; createdAt: Date; attachments: TicketAttachment[] };

/**
 * A ticket's conversation items, oldest first: the client's description, the messages and the
 * internal notes — which a client's session never has (RLS returns none), so one list serves both
 * sides.
 */
export function conversationOf(detail: TicketDetail): ConversationItem[] {
  const { ticket } = detail;
  return [
    {
      kind: 'message' as const,
      id: 'description',
      body: ticket.description,
      fromAgency: false,
      createdAt: ticket.createdAt,
      attachments: detail.attachments,
    },
    ...detail.messages.map((m) => ({ kind: 'message' as const, ...m })),
    ...detail.notes.map((n) => ({ kind: 'note' as const, ...n })),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/**
 * The conversation, oldest first: the client's description, then messages — and, for the agency
 * only, internal notes, marked as such in words (a client's page never gets any: RLS returns none).
 */
export function TicketConversation({
  items,
  audience,
  viewerId,
}: {
  items: ConversationItem[];
  audience: 'client' | 'agency';
  /** The agency person looking: their own messages say "You", a colleague's "Agency". */
  viewerId?: string;
}) {
  const t = useTranslations('tickets.conversation');
  const ta = useTranslations('tickets.attachments');
  const format = useFormatter();
  return (
    <ol className="space-y-3" aria-label={t('label')}>
      {items.map((item) => {
        const isNote = item.kind === 'note';
        const fromAgency = item.kind === 'message' && item.fromAgency;
        const who = isNote
          ? t('note')
          : fromAgency
            ? t(audience === 'agency' && item.authorId === viewerId ? 'you' : 'agency')
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
            {item.attachments.length > 0 ? (
              <ul aria-label={ta('listLabel')} className="mt-2 flex flex-wrap gap-2" data-testid="ticket-attachments">
                {item.attachments.map((file) => (
                  <li key={file.id} className="max-w-full">
                    <a
                      href={`/api/tickets/attachments/${file.id}`}
                      aria-label={ta('download', { name: file.name, size: formatBytes(format, file.sizeBytes) })}
                      className="inline-flex max-w-full items-center gap-1.5 rounded-lg border border-gray-200 bg-white px-2 py-1 text-sm underline-offset-2 hover:underline"
                    >
                      <Paperclip aria-hidden="true" className="size-3.5 shrink-0" />
                      <span className="truncate">{file.name}</span>
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
