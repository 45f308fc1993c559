import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { NfseDocument, NfseProvider, NfseRequest, NfseState, NfseWebhook } from './types';

/**
 * NFE.io's service invoice API (v1): `POST /v1/companies/{company_id}/serviceinvoices` with the
 * borrower (tomador: federalTaxNumber, name, email), cityServiceCode, description and
 * servicesAmount. The key goes in `Authorization` as is (no scheme), as NFE.io documents. Issuing
 * is asynchronous: the answer (202) is the invoice with a `flowStatus` of Waiting…, and NFE.io
 * calls our webhook when the city hall answers (`Issued`, or `IssueFailed` with `flowMessage`).
 *
 * Idempotent by `externalId`: before asking, `GET …/serviceinvoices/external/{externalId}` finds
 * an NFS-e already asked for under our id (a job that crashed after NFE.io accepted), so a retry
 * never issues a second one. Webhooks are signed `X-Hub-Signature: sha1=<hex HMAC-SHA1(secret,
 * raw body)>`, compared in constant time.
 *
 * The base URL is operator configuration (NFEIO_API_URL, only for the tests' stand-in), never a
 * user's choice, so the SSRF guard for user-chosen destinations does not apply; every call has a
 * timeout so a hung provider fails the job's step and the engine retries it.
 */
export type NfeioOptions = {
  apiKey: string;
  companyId: string;
  cityServiceCode: string;
  webhookSecret?: string;
  baseUrl?: string;
  timeoutMs?: number;
};

const WAITING = new Set([
  'WaitingCalculateTaxes',
  'WaitingDefineRpsNumber',
  'WaitingSend',
  'WaitingReturn',
  'WaitingDownload',
  'PullFromCityHall',
]);

const serviceInvoice = z.object({
  id: z.string().min(1).max(100),
  externalId: z.string().max(255).nullish(),
  flowStatus: z.string().max(60),
  flowMessage: z.string().nullish(),
  number: z.union([z.string(), z.number()]).nullish(),
  issuedOn: z.string().nullish(),
});
type ServiceInvoice = z.infer<typeof serviceInvoice>;

const errorBody = z.object({ message: z.string().optional(), errors: z.array(z.object({ message: z.string() })).optional() });

export function createNfeioAdapter(options: NfeioOptions): NfseProvider {
  const base = `${(options.baseUrl ?? 'https://api.nfe.io').replace(/\/$/, '')}/v1/companies/${encodeURIComponent(options.companyId)}`;
  const timeout = () => AbortSignal.timeout(options.timeoutMs ?? 15_000);
  const headers = { Authorization: options.apiKey, Accept: 'application/json' };

  async function failure(response: Response): Promise<Error> {
    const parsed = errorBody.safeParse(await response.json().catch(() => null));
    const detail = parsed.success ? (parsed.data.message ?? parsed.data.errors?.map((e) => e.message).join('; ') ?? '') : '';
    // Never the key: only NFE.io's status and its message.
    return new Error(`NFE.io answered ${response.status}${detail ? ` (${detail.slice(0, 300)})` : ''}`);
  }

  async function findByExternalId(externalId: string): Promise<ServiceInvoice | null> {
    const response = await fetch(`${base}/serviceinvoices/external/${encodeURIComponent(externalId)}`, { headers, signal: timeout() });
    if (response.status === 404) return null;
    if (!response.ok) throw await failure(response);
    return parse(await response.json());
  }

  return {
    kind: 'nfeio',
    async issue(request: NfseRequest) {
      const existing = await findByExternalId(request.externalId);
      if (existing) return stateOrFailure(existing);
      const response = await fetch(`${base}/serviceinvoices`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          externalId: request.externalId,
          cityServiceCode: options.cityServiceCode,
          description: request.description,
          servicesAmount: request.servicesAmount,
          borrower: {
            federalTaxNumber: Number(request.borrower.federalTaxNumber),
            name: request.borrower.name,
            ...(request.borrower.email ? { email: request.borrower.email } : {}),
          },
        }),
        signal: timeout(),
      });
      if (!response.ok) throw await failure(response);
      return stateOrFailure(parse(await response.json()));
    },
    async download(providerInvoiceId, format): Promise<NfseDocument> {
      const response = await fetch(`${base}/serviceinvoices/${encodeURIComponent(providerInvoiceId)}/${format}`, {
        headers: { Authorization: options.apiKey, Accept: format === 'pdf' ? 'application/pdf' : 'application/xml' },
        signal: timeout(),
      });
      if (!response.ok) throw await failure(response);
      const fallback = format === 'pdf' ? 'application/pdf' : 'application/xml';
      return { body: await response.arrayBuffer(), contentType: response.headers.get('content-type') ?? fallback };
    },
    readWebhook(rawBody, requestHeaders): NfseWebhook | null {
      if (!options.webhookSecret) return null;
      if (!isSignedBy(rawBody, requestHeaders.get('x-hub-signature'), options.webhookSecret)) return null;
      let json: unknown;
      try {
        json = JSON.parse(rawBody);
      } catch {
        return { externalId: null, state: null };
      }
      const invoice = serviceInvoice.safeParse(json);
      if (!invoice.success) return { externalId: null, state: null };
      return { externalId: invoice.data.externalId ?? null, state: stateOf(invoice.data) };
    },
  };
}

function parse(json: unknown): ServiceInvoice {
  const invoice = serviceInvoice.safeParse(json);
  if (!invoice.success) throw new Error('NFE.io answered with an unexpected body');
  return invoice.data;
}

/** An NFS-e under our id that is neither waiting, issued nor failed (cancelled at NFE.io): the agency must look. */
function stateOrFailure(invoice: ServiceInvoice): NfseState {
  return stateOf(invoice) ?? { status: 'failed', providerInvoiceId: invoice.id, error: `NFE.io flowStatus ${invoice.flowStatus}` };
}

/** NFE.io's flowStatus, as our three states; cancellation is not ours to track (yet): null. */
function stateOf(invoice: ServiceInvoice): NfseState | null {
  if (invoice.flowStatus === 'Issued') {
    return {
      status: 'issued',
      providerInvoiceId: invoice.id,
      number: invoice.number == null ? null : String(invoice.number),
      issuedAt: invoice.issuedOn ? new Date(invoice.issuedOn) : null,
    };
  }
  if (invoice.flowStatus === 'IssueFailed') {
    return { status: 'failed', providerInvoiceId: invoice.id, error: (invoice.flowMessage ?? 'IssueFailed').slice(0, 1000) };
  }
  if (WAITING.has(invoice.flowStatus)) return { status: 'processing', providerInvoiceId: invoice.id };
  return null;
}

/** NFE.io's webhook signature: `sha1=` + hex HMAC-SHA1 of the raw body (case-insensitive hex). */
export function isSignedBy(rawBody: string, header: string | null, secret: string): boolean {
  if (!header || !header.toLowerCase().startsWith('sha1=')) return false;
  const received = header.slice(5).toLowerCase();
  if (!/^[a-f0-9]{40}$/.test(received)) return false;
  const expected = createHmac('sha1', secret).update(rawBody, 'utf8').digest();
  return timingSafeEqual(Buffer.from(received, 'hex'), expected);
}
