import { z } from 'zod';
import type { DomainHosting, DomainHostingState } from './types';

const projectDomain = z.object({
  name: z.string(),
  verified: z.boolean(),
  verification: z.array(z.object({ type: z.string(), domain: z.string(), value: z.string() })).optional(),
});
const domainConfig = z.object({ misconfigured: z.boolean() });
const apiError = z.object({ error: z.object({ code: z.string(), message: z.string().optional() }) });

export class VercelApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`Vercel API ${status}: ${code}`);
    this.name = 'VercelApiError';
  }
}

/**
 * The Vercel adapter of the domain-hosting port, over Vercel's REST API (bearer token):
 *  - attach: POST /v10/projects/{project}/domains {name} — "already on this project" is success;
 *  - detach: DELETE /v9/projects/{project}/domains/{name} — 404 is success;
 *  - state: GET /v9/projects/{project}/domains/{name} (POST …/verify first while unverified) and
 *    GET /v6/domains/{name}/config for `misconfigured`.
 * Every answer is parsed with zod; anything else is a VercelApiError (the check records it as a
 * problem, and the next check tries again).
 */
export function createVercelDomainHosting(options: { token: string; projectId: string; teamId?: string; apiUrl?: string }): DomainHosting {
  const base = (options.apiUrl ?? 'https://api.vercel.com').replace(/\/$/, '');
  const project = encodeURIComponent(options.projectId);
  const url = (p: string) => `${base}${p}${options.teamId ? `?teamId=${encodeURIComponent(options.teamId)}` : ''}`;
  async function call<T>(
    method: string,
    p: string,
    schema: z.ZodType<T> | null,
    body?: unknown,
  ): Promise<{ status: number; data: T | null; code?: string }> {
    const response = await fetch(url(p), {
      method,
      headers: { Authorization: `Bearer ${options.token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(10_000),
    });
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = apiError.safeParse(json);
      return { status: response.status, data: null, code: parsed.success ? parsed.data.error.code : 'unknown' };
    }
    if (!schema) return { status: response.status, data: null };
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new VercelApiError(response.status, 'unexpected_response');
    return { status: response.status, data: parsed.data };
  }
  const domainPath = (name: string) => `/v9/projects/${project}/domains/${encodeURIComponent(name)}`;

  return {
    kind: 'vercel',
    async attach(name) {
      const added = await call('POST', `/v10/projects/${project}/domains`, projectDomain, { name });
      if (added.status === 200) return;
      // Already on this project: fine. In use by another project or account: an error the check shows.
      if (added.status === 400 && added.code === 'domain_already_exists') return;
      throw new VercelApiError(added.status, added.code ?? 'unknown');
    },
    async detach(name) {
      const removed = await call('DELETE', domainPath(name), null);
      if (removed.status === 200 || removed.status === 404) return;
      throw new VercelApiError(removed.status, removed.code ?? 'unknown');
    },
    async state(name): Promise<DomainHostingState> {
      let domain = await call('GET', domainPath(name), projectDomain);
      if (domain.status === 404) return { attached: false, verified: false, misconfigured: true, verification: [] };
      if (!domain.data) throw new VercelApiError(domain.status, domain.code ?? 'unknown');
      if (!domain.data.verified) {
        const verified = await call('POST', `${domainPath(name)}/verify`, projectDomain);
        // 400 `verification_failed` while the challenge is missing: keep what GET said.
        if (verified.data) domain = verified;
      }
      const config = await call('GET', `/v6/domains/${encodeURIComponent(name)}/config`, domainConfig);
      if (!config.data) throw new VercelApiError(config.status, config.code ?? 'unknown');
      return {
        attached: true,
        verified: domain.data!.verified,
        misconfigured: config.data.misconfigured,
        verification: domain.data!.verification ?? [],
      };
    },
  };
}
