import { createV1Ticket } from '@/modules/api/create-v1-ticket';
import { handleV1Post } from '@/modules/api/handle-v1-post';
import { handleV1Request, parseQuery } from '@/modules/api/handle-v1-request';
import { listV1Tickets } from '@/modules/api/list-v1-tickets';
import { V1_ROUTES } from '@/modules/api/openapi-document';
import { createTicketBody, listTicketsQuery } from '@/modules/api/v1-ticket-schemas';
import { keyProjectFilter } from '@/modules/api/key-project';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleV1Request(request, V1_ROUTES.listTickets.scope, ({ claims, keyProjectId }) =>
    listV1Tickets(claims, parseQuery(request, listTicketsQuery), { onlyProjectId: keyProjectId }),
  );
}

export function POST(request: Request) {
  return handleV1Post(request, V1_ROUTES.createTicket.scope, createTicketBody, (ctx, body) => {
    // A restricted key's ticket is about its project: named or not, never another one.
    const projectId = keyProjectFilter(ctx, body.project_id);
    return createV1Ticket(ctx.claims, { ...body, project_id: projectId });
  });
}
