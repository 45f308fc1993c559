import { handleV1Post } from '@/modules/api/handle-v1-post';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { replyV1Ticket } from '@/modules/api/reply-v1-ticket';
import { replyToTicketBody, ticketIdParams } from '@/modules/api/v1-ticket-schemas';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const params = await context.params;
  return handleV1Post(request, V1_ROUTES.replyToTicket.scope, replyToTicketBody, (ctx, body) =>
    replyV1Ticket(ctx.claims, { ticketId: ticketIdParams.parse(params).id, body }, ctx),
  );
}
