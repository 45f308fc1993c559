import { REQUEST_ID_HEADER, logOperation, requestIdFrom } from '@/lib/log';
import { boundedLabel, getMetrics } from '@/lib/metrics';
import { runInOperation, type OperationContext } from '@/lib/operation-context';

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>;

/**
 * An inbound webhook's route handler with its one log line (provider, request id, outcome by the
 * answer's status: 2xx ok, 4xx refused — a bad signature or body —, 5xx error so the sender
 * retries; duration) and its count in `pm_webhooks_total`. The handler itself is unchanged: this
 * only watches. The request id is the proxy's (or the sender's own, when well-formed).
 */
export function observeWebhook<A extends unknown[]>(provider: string, handler: Handler<A>): Handler<A> {
  return async (request, ...rest) => {
    const startedAt = performance.now();
    const context: OperationContext = { requestId: requestIdFrom(request.headers.get(REQUEST_ID_HEADER)) };
    let status = 500;
    try {
      const response = await runInOperation(context, () => handler(request, ...rest));
      status = response.status;
      return response;
    } finally {
      const outcome = status < 400 ? 'ok' : status < 500 ? 'refused' : 'error';
      getMetrics().webhooks.inc({ provider: boundedLabel(provider), outcome });
      logOperation({
        kind: 'webhook',
        requestId: context.requestId ?? '',
        name: provider,
        method: request.method,
        status,
        outcome,
        durationMs: performance.now() - startedAt,
        ...(context.accountId ? { accountId: context.accountId } : {}),
      });
    }
  };
}
