import { NextResponse } from 'next/server';
import { AppError } from '@/lib/errors';
import { jsonError } from '@/lib/http/ndjson';
import { observeWebhook } from '@/lib/http/observe-webhook';
import { decodeUtf8, readCappedBody } from '@/lib/http/read-capped-body';
import { getNfseProvider } from '@/lib/nfse/get-nfse-provider';
import { reportError } from '@/lib/observability';
import { unsafeApplyNfseWebhook } from '@/modules/billing/issue-nfse';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** An NFS-e's resource is a few KB; this leaves room and no more. */
const MAX_NFSE_WEBHOOK_BYTES = 256 * 1024;

/**
 * The NFS-e provider's webhook (NFE.io: the service invoice, posted when the city hall answers).
 * Cross-origin by nature; the signature (X-Hub-Signature, on the raw bytes) is the
 * authentication — a bad or missing one → 400 and nothing changes. Not configured → 404. A
 * verified body about an NFS-e we do not know, or a state we do not track, is answered 200 (the
 * provider would only resend the same bytes); the database unreachable → 5xx, so it resends.
 */
export const POST = observeWebhook('nfse', async (request: Request) => {
  let provider;
  try {
    provider = getNfseProvider();
  } catch {
    provider = null;
  }
  if (!provider || provider.kind === 'none') return jsonError(new AppError('NOT_FOUND', 'errors.billing.nfseNotConfigured'), 'en');
  const bytes = await readCappedBody(request, MAX_NFSE_WEBHOOK_BYTES).catch(() => null);
  if (bytes === 'too-large') {
    return jsonError(
      new AppError('PAYLOAD_TOO_LARGE', 'errors.common.bodyTooLarge', { details: { limitBytes: MAX_NFSE_WEBHOOK_BYTES } }),
      'en',
    );
  }
  const body = bytes === null ? null : decodeUtf8(bytes);
  if (body === null) return jsonError(new AppError('VALIDATION', 'errors.common.invalidRequest'), 'en');
  const webhook = provider.readWebhook(body, request.headers);
  if (!webhook) return jsonError(new AppError('VALIDATION', 'errors.billing.nfseSignatureInvalid'), 'en');
  if (!webhook.state) return NextResponse.json({ received: true, applied: false });
  try {
    const applied = await unsafeApplyNfseWebhook(webhook.externalId, webhook.state);
    return NextResponse.json({ received: true, applied });
  } catch (err) {
    reportError(err, { where: 'nfse webhook' });
    return jsonError(new AppError('INTERNAL', 'errors.common.internal'), 'en');
  }
});
