import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getDomain } from 'tldts';

/**
 * A stand-in for the part of Vercel's REST API the domain-hosting adapter uses, speaking its wire
 * format: bearer auth, `?teamId=`, JSON bodies, `{ error: { code, message } }` errors.
 *   POST   /v10/projects/:project/domains            {name} → 200 project domain | 400 domain_already_exists | 409 domain_already_in_use
 *   GET    /v9/projects/:project/domains/:name        → 200 | 404 not_found
 *   POST   /v9/projects/:project/domains/:name/verify → 200 verified | 400 verification_failed
 *   DELETE /v9/projects/:project/domains/:name        → 200 {} | 404 not_found
 *   GET    /v6/domains/:name/config                   → 200 { misconfigured, configuredBy, … }
 * The test decides the world: which names another Vercel account uses (they need a TXT challenge,
 * or are refused outright), whose challenge is in DNS, and whose DNS points at Vercel.
 */
export type VercelStandIn = {
  url: string;
  token: string;
  calls: { method: string; path: string; teamId: string | null }[];
  domains: Map<string, { projectId: string; verified: boolean }>;
  /** Names another account owns on Vercel: adding them needs the TXT challenge. */
  claimedElsewhere: Set<string>;
  /** Names another Vercel project uses and won't give up: adding them is refused (409). */
  inUseElsewhere: Set<string>;
  /** Names whose verification TXT record the owner created. */
  challengeMet: Set<string>;
  /** Names whose DNS points at Vercel. */
  configured: Set<string>;
  close(): Promise<void>;
};

// Vercel names the registrable domain (public suffix + one label) as the domain's apex.
const apexOf = (name: string) => getDomain(name) ?? name;

export async function startVercelStandIn(options: { token?: string } = {}): Promise<VercelStandIn> {
  const token = options.token ?? 'vercel_test_token';
  const state: Omit<VercelStandIn, 'url' | 'close'> = {
    token,
    calls: [],
    domains: new Map(),
    claimedElsewhere: new Set(),
    inUseElsewhere: new Set(),
    challengeMet: new Set(),
    configured: new Set(),
  };
  const projectDomain = (name: string) => {
    const d = state.domains.get(name)!;
    return {
      name,
      apexName: apexOf(name),
      projectId: d.projectId,
      verified: d.verified,
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
      ...(d.verified
        ? {}
        : {
            verification: [
              {
                type: 'TXT',
                domain: `_vercel.${apexOf(name)}`,
                value: `vc-domain-verify=${name},standin`,
                reason: 'pending_domain_verification',
              },
            ],
          }),
    };
  };
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, code: string, message: string) => send(res, status, { error: { code, message } });
  const readJson = async (req: IncomingMessage): Promise<unknown> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      return JSON.parse(Buffer.concat(chunks).toString() || 'null');
    } catch {
      return null;
    }
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://vercel.test');
      const method = req.method ?? 'GET';
      state.calls.push({ method, path: url.pathname, teamId: url.searchParams.get('teamId') });
      if (req.headers.authorization !== `Bearer ${token}`) return error(res, 403, 'forbidden', 'Not authorized');
      let m: RegExpExecArray | null;
      if ((m = /^\/v10\/projects\/([^/]+)\/domains$/.exec(url.pathname)) && method === 'POST') {
        const body = (await readJson(req)) as { name?: unknown } | null;
        const name = typeof body?.name === 'string' ? body.name.toLowerCase() : null;
        if (!name) return error(res, 400, 'bad_request', 'Invalid request: missing required property `name`.');
        if (state.domains.has(name))
          return error(res, 400, 'domain_already_exists', `The domain "${name}" is already assigned to this project.`);
        if (state.inUseElsewhere.has(name))
          return error(res, 409, 'domain_already_in_use', `Cannot add ${name} since it's already in use by your account.`);
        state.domains.set(name, { projectId: decodeURIComponent(m[1]!), verified: !state.claimedElsewhere.has(name) });
        return send(res, 200, projectDomain(name));
      }
      if ((m = /^\/v9\/projects\/([^/]+)\/domains\/([^/]+)(\/verify)?$/.exec(url.pathname))) {
        const name = decodeURIComponent(m[2]!).toLowerCase();
        const known = state.domains.get(name);
        if (!known || known.projectId !== decodeURIComponent(m[1]!))
          return error(res, 404, 'not_found', 'The project domain was not found');
        if (m[3] && method === 'POST') {
          if (!known.verified && state.challengeMet.has(name)) known.verified = true;
          if (!known.verified) return error(res, 400, 'verification_failed', `Domain ${name} was not verified`);
          return send(res, 200, projectDomain(name));
        }
        if (method === 'GET') return send(res, 200, projectDomain(name));
        if (method === 'DELETE') {
          state.domains.delete(name);
          return send(res, 200, {});
        }
      }
      if ((m = /^\/v6\/domains\/([^/]+)\/config$/.exec(url.pathname)) && method === 'GET') {
        const name = decodeURIComponent(m[1]!).toLowerCase();
        const ok = state.configured.has(name);
        return send(res, 200, {
          configuredBy: ok ? 'CNAME' : null,
          nameservers: [],
          serviceType: 'external',
          cnames: [],
          aValues: [],
          conflicts: [],
          acceptedChallenges: ok ? ['http-01'] : [],
          misconfigured: !ok,
        });
      }
      return error(res, 404, 'not_found', 'The requested path was not found');
    })().catch(() => error(res, 500, 'internal_server_error', 'stand-in failure'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...state,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
