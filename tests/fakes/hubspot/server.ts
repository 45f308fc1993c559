import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * HubSpot's CRM contacts API for tests, at the protocol level: `POST
 * /crm/v3/objects/contacts/batch/upsert` with a private app's bearer token, inputs identified by
 * `idProperty: "email"` — creates the contact or updates the one with that email (case-insensitive,
 * as HubSpot treats addresses), and answers HubSpot's batch response (`status: "COMPLETE"`,
 * `results` with `id`, `new`, `properties`). Errors have HubSpot's shape (`status: "error"`,
 * `message`, `correlationId`, `category`): 401 INVALID_AUTHENTICATION for a wrong token, 400
 * VALIDATION_ERROR for an unknown property or a bad body. `failNext` makes the next calls answer
 * 500 or 429 (RATE_LIMITS), to see the caller retry.
 *
 * `POST /crm/v3/objects/contacts/gdpr-delete` with `{ objectId }` (a contact id) erases the
 * contact: 204, or 404 OBJECT_NOT_FOUND for an unknown id. With `idProperty: "email"` an email
 * that matches no contact is blocklisted, as HubSpot does (`blocklisted`), which callers must avoid.
 */
export type HubspotContact = { id: string; properties: Record<string, string>; createdAt: string; updatedAt: string };
export type HubspotStandIn = {
  url: string;
  token: string;
  contacts: Map<string, HubspotContact>;
  /** Emails a GDPR delete by email blocklisted because no contact had them. */
  blocklisted: Set<string>;
  requests: { path: string; authorization: string | undefined; body: unknown }[];
  failNext(count: number, status?: 500 | 429): void;
  /**
   * Holds the next call before it is answered: `arrived` resolves once it came in, `release()`
   * lets it go on. For what happens on our side while HubSpot is still answering.
   */
  holdNext(): { arrived: Promise<void>; release(): void };
  close(): Promise<void>;
};

// Standard contact properties (a subset): anything else is "Property does not exist".
const KNOWN = new Set(['email', 'firstname', 'lastname', 'phone', 'company', 'website', 'hs_language', 'lifecyclestage']);

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

export async function startHubspotStandIn(token = 'pat-na1-test-token'): Promise<HubspotStandIn> {
  const contacts = new Map<string, HubspotContact>();
  const blocklisted = new Set<string>();
  const requests: HubspotStandIn['requests'] = [];
  let failures: { count: number; status: 500 | 429 } = { count: 0, status: 500 };
  let nextId = 1001;
  let hold: { arrive(): void; released: Promise<void> } | undefined;
  const server: Server = createServer(async (req, res) => {
    const body = await readJson(req);
    const path = new URL(req.url ?? '/', 'http://hubspot.test').pathname;
    requests.push({ path, authorization: req.headers.authorization, body });
    const held = hold;
    hold = undefined;
    if (held) {
      held.arrive();
      await held.released;
    }
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json;charset=utf-8' });
      res.end(JSON.stringify(payload));
    };
    const error = (status: number, category: string, message: string) =>
      send(status, { status: 'error', message, correlationId: crypto.randomUUID(), category });
    const isUpsert = path === '/crm/v3/objects/contacts/batch/upsert';
    const isGdprDelete = path === '/crm/v3/objects/contacts/gdpr-delete';
    if (req.method !== 'POST' || (!isUpsert && !isGdprDelete)) return error(404, 'OBJECT_NOT_FOUND', 'Not found');
    if (req.headers.authorization !== `Bearer ${token}`)
      return error(401, 'INVALID_AUTHENTICATION', 'Authentication credentials not found.');
    if (failures.count > 0) {
      failures.count -= 1;
      return failures.status === 429
        ? error(429, 'RATE_LIMITS', 'You have reached your secondly limit.')
        : error(500, 'INTERNAL_ERROR', 'internal error');
    }
    if (isGdprDelete) {
      const { objectId, idProperty } = (body ?? {}) as { objectId?: unknown; idProperty?: unknown };
      if (typeof objectId !== 'string' || objectId === '') return error(400, 'VALIDATION_ERROR', 'Invalid input JSON');
      const match =
        idProperty === 'email'
          ? [...contacts.entries()].find(([email]) => email === objectId.toLowerCase())
          : [...contacts.entries()].find(([, contact]) => contact.id === objectId);
      if (!match) {
        if (idProperty === 'email') {
          blocklisted.add(objectId.toLowerCase());
          res.writeHead(204).end();
          return;
        }
        return error(404, 'OBJECT_NOT_FOUND', 'Object not found.');
      }
      contacts.delete(match[0]);
      res.writeHead(204).end();
      return;
    }
    const inputs = (body as { inputs?: unknown } | undefined)?.inputs;
    if (!Array.isArray(inputs) || inputs.length === 0 || inputs.length > 100) return error(400, 'VALIDATION_ERROR', 'Invalid input JSON');
    const startedAt = new Date().toISOString();
    const results = [];
    for (const input of inputs as { idProperty?: unknown; id?: unknown; properties?: unknown }[]) {
      if (input.idProperty !== 'email' || typeof input.id !== 'string' || !input.id.includes('@'))
        return error(400, 'VALIDATION_ERROR', 'Invalid idProperty or id');
      const properties = (input.properties ?? {}) as Record<string, unknown>;
      for (const [name, value] of Object.entries(properties)) {
        if (!KNOWN.has(name)) return error(400, 'VALIDATION_ERROR', `Property "${name}" does not exist`);
        if (typeof value !== 'string') return error(400, 'VALIDATION_ERROR', `Property "${name}" must be a string`);
      }
      const email = input.id.toLowerCase();
      const now = new Date().toISOString();
      const existing = contacts.get(email);
      const contact: HubspotContact = existing
        ? { ...existing, properties: { ...existing.properties, ...(properties as Record<string, string>), email }, updatedAt: now }
        : { id: String(nextId++), properties: { ...(properties as Record<string, string>), email }, createdAt: now, updatedAt: now };
      contacts.set(email, contact);
      results.push({ ...contact, archived: false, new: !existing });
    }
    send(200, { status: 'COMPLETE', results, startedAt, completedAt: new Date().toISOString() });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    contacts,
    blocklisted,
    requests,
    failNext(count, status = 500) {
      failures = { count, status };
    },
    holdNext() {
      let arrive = () => {};
      let release = () => {};
      const arrived = new Promise<void>((done) => (arrive = done));
      const released = new Promise<void>((done) => (release = done));
      hold = { arrive, released };
      return { arrived, release };
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
