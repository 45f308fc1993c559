import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * NFE.io's service invoice API (v1) for tests, at the protocol level. The API key travels in
 * `Authorization` as is (401 `{ message }` otherwise).
 *  - `POST /v1/companies/{company}/serviceinvoices` checks the body as NFE.io does (borrower with
 *    federalTaxNumber and name, cityServiceCode, description, servicesAmount > 0; 400 with
 *    `{ message }` otherwise) and answers 202 with the invoice, `flowStatus: "WaitingSend"`. An
 *    `externalId` already used is refused (409): a caller that asks twice is seen.
 *  - `GET …/serviceinvoices/external/{externalId}` and `GET …/serviceinvoices/{id}`: the invoice, or 404.
 *  - `GET …/serviceinvoices/{id}/pdf|xml`: the document of an issued invoice (404 before).
 * The city hall's answer is `settle(id, 'Issued' | 'IssueFailed')` (or automatically with
 * `autoSettle`): the invoice gets its number, and the webhook (url or in-process handler) receives
 * the invoice as JSON with `X-Hub-Signature: sha1=<hex HMAC-SHA1(secret, body)>`, as NFE.io signs.
 * `failNext(n, status)` makes the next n API calls answer 500/503; `loseNextCreateAnswer()` creates
 * the next invoice but answers 502, as when NFE.io accepted and the answer never reached us.
 */
export type NfeioInvoice = {
  id: string;
  externalId: string | null;
  environment: 'Development';
  flowStatus: string;
  flowMessage: string | null;
  status: 'Created' | 'Issued' | 'Error';
  number: number | null;
  issuedOn: string | null;
  cityServiceCode: string;
  description: string;
  servicesAmount: number;
  borrower: { federalTaxNumber: number; name: string; email?: string };
  createdOn: string;
};

export type NfeioStandIn = {
  url: string;
  apiKey: string;
  companyId: string;
  webhookSecret: string;
  invoices: Map<string, NfeioInvoice>;
  /** POSTs that created an invoice (a double issue shows here). */
  stats: { created: number; requests: number };
  failNext(count: number, status?: 500 | 503): void;
  /** The next create is carried out, but its answer is lost (a 502 from a proxy, a timeout). */
  loseNextCreateAnswer(): void;
  /** Where settle() delivers: an HTTP URL, or a route handler called in-process. */
  setWebhook(target: string | ((request: Request) => Promise<Response>) | null): void;
  autoSettle(outcome: 'Issued' | 'IssueFailed' | null): void;
  settle(id: string, outcome: 'Issued' | 'IssueFailed', message?: string): Promise<Response | null>;
  /** Delivers the invoice's current state to the webhook again (providers redeliver). */
  redeliver(id: string): Promise<Response | null>;
  sign(body: string): string;
  close(): Promise<void>;
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startNfeioStandIn(
  options: { apiKey?: string; companyId?: string; webhookSecret?: string } = {},
): Promise<NfeioStandIn> {
  const apiKey = options.apiKey ?? 'nfeio-test-key';
  const companyId = options.companyId ?? 'company-test-1';
  const webhookSecret = options.webhookSecret ?? 'nfeio-webhook-secret';
  const invoices = new Map<string, NfeioInvoice>();
  const stats = { created: 0, requests: 0 };
  let failures = { count: 0, status: 500 as 500 | 503 };
  let webhook: string | ((request: Request) => Promise<Response>) | null = null;
  let autoOutcome: 'Issued' | 'IssueFailed' | null = null;
  let nextNumber = 1;
  let isNextCreateAnswerLost = false;
  const sign = (body: string) => `sha1=${createHmac('sha1', webhookSecret).update(body).digest('hex').toUpperCase()}`;

  async function deliver(invoice: NfeioInvoice): Promise<Response | null> {
    if (!webhook) return null;
    const body = JSON.stringify(invoice);
    const request = new Request(typeof webhook === 'string' ? webhook : 'http://app.test/api/webhooks/nfse', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Hub-Signature': sign(body) },
      body,
    });
    return typeof webhook === 'string' ? fetch(request) : webhook(request);
  }

  async function settle(id: string, outcome: 'Issued' | 'IssueFailed', message?: string) {
    const invoice = invoices.get(id);
    if (!invoice) throw new Error(`no invoice ${id}`);
    if (outcome === 'Issued') {
      Object.assign(invoice, {
        flowStatus: 'Issued',
        status: 'Issued',
        number: nextNumber++,
        issuedOn: new Date().toISOString(),
        flowMessage: null,
      });
    } else {
      Object.assign(invoice, { flowStatus: 'IssueFailed', status: 'Error', flowMessage: message ?? 'Prefeitura: tomador inválido' });
    }
    return deliver(invoice);
  }

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    stats.requests++;
    const send = (status: number, payload: unknown, type = 'application/json; charset=utf-8') => {
      res.writeHead(status, { 'Content-Type': type });
      res.end(typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : JSON.stringify(payload));
    };
    if (failures.count > 0) {
      failures.count--;
      return send(failures.status, { message: 'Service temporarily unavailable' });
    }
    if (req.headers.authorization !== apiKey) return send(401, { message: 'Unauthorized' });
    const path = new URL(req.url ?? '/', 'http://nfeio.test').pathname;
    const prefix = `/v1/companies/${companyId}/serviceinvoices`;
    if (!path.startsWith(prefix)) return send(404, { message: 'Not found' });
    const rest = path.slice(prefix.length).split('/').filter(Boolean).map(decodeURIComponent);

    if (req.method === 'POST' && rest.length === 0) {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return send(400, { message: 'Invalid JSON' });
      }
      const borrower = body.borrower as { federalTaxNumber?: unknown; name?: unknown; email?: unknown } | undefined;
      const taxNumber = String(borrower?.federalTaxNumber ?? '');
      if (!borrower || !/^\d{11}$|^\d{14}$/.test(taxNumber.padStart(11, '0')) || typeof borrower.name !== 'string' || !borrower.name) {
        return send(400, { message: 'borrower.federalTaxNumber and borrower.name are required' });
      }
      if (typeof body.cityServiceCode !== 'string' || typeof body.description !== 'string' || !body.description) {
        return send(400, { message: 'cityServiceCode and description are required' });
      }
      if (typeof body.servicesAmount !== 'number' || body.servicesAmount <= 0)
        return send(400, { message: 'servicesAmount must be greater than zero' });
      const externalId = typeof body.externalId === 'string' ? body.externalId : null;
      if (externalId && [...invoices.values()].some((i) => i.externalId === externalId)) {
        return send(409, { message: `externalId ${externalId} already exists` });
      }
      const invoice: NfeioInvoice = {
        id: randomUUID().replace(/-/g, ''),
        externalId,
        environment: 'Development',
        flowStatus: 'WaitingSend',
        flowMessage: null,
        status: 'Created',
        number: null,
        issuedOn: null,
        cityServiceCode: body.cityServiceCode,
        description: body.description,
        servicesAmount: body.servicesAmount,
        borrower: {
          federalTaxNumber: Number(taxNumber),
          name: borrower.name,
          ...(typeof borrower.email === 'string' ? { email: borrower.email } : {}),
        },
        createdOn: new Date().toISOString(),
      };
      invoices.set(invoice.id, invoice);
      stats.created++;
      if (isNextCreateAnswerLost) {
        isNextCreateAnswerLost = false;
        send(502, { message: 'Bad gateway' });
      } else send(202, invoice);
      if (autoOutcome) void settle(invoice.id, autoOutcome).catch(() => undefined);
      return;
    }
    if (req.method !== 'GET') return send(405, { message: 'Method not allowed' });
    if (rest[0] === 'external' && rest[1]) {
      const found = [...invoices.values()].find((i) => i.externalId === rest[1]);
      return found ? send(200, found) : send(404, { message: 'Not found' });
    }
    const invoice = rest[0] ? invoices.get(rest[0]) : undefined;
    if (!invoice) return send(404, { message: 'Not found' });
    if (rest.length === 1) return send(200, invoice);
    if (invoice.flowStatus !== 'Issued') return send(404, { message: 'Document not available' });
    if (rest[1] === 'pdf') return send(200, Buffer.from(`%PDF-1.4\n% NFS-e ${invoice.number}\n%%EOF\n`), 'application/pdf');
    if (rest[1] === 'xml') {
      return send(200, `<?xml version="1.0" encoding="utf-8"?><Nfse><Numero>${invoice.number}</Numero></Nfse>`, 'application/xml');
    }
    return send(404, { message: 'Not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    apiKey,
    companyId,
    webhookSecret,
    invoices,
    stats,
    failNext(count, status = 500) {
      failures = { count, status };
    },
    loseNextCreateAnswer() {
      isNextCreateAnswerLost = true;
    },
    setWebhook(target) {
      webhook = target;
    },
    autoSettle(outcome) {
      autoOutcome = outcome;
    },
    settle,
    redeliver(id) {
      const invoice = invoices.get(id);
      if (!invoice) throw new Error(`no invoice ${id}`);
      return deliver(invoice);
    },
    sign,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
