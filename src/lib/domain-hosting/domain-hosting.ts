import { getEnv } from '@/lib/env';
import type { DomainHosting, HostingObservation } from './types';
import { createVercelDomainHosting } from './vercel-domain-hosting';

export type { DomainHosting, DomainHostingState, HostingObservation } from './types';

const caddyHosting: DomainHosting = {
  kind: 'caddy',
  attach: async () => {},
  detach: async () => {},
  state: async () => null,
};

const g = globalThis as typeof globalThis & { __pmDomainHosting?: DomainHosting };

export function getDomainHosting(): DomainHosting {
  if (g.__pmDomainHosting) return g.__pmDomainHosting;
  const env = getEnv();
  if (env.VERCEL_API_TOKEN && env.VERCEL_PROJECT_ID) {
    return createVercelDomainHosting({
      token: env.VERCEL_API_TOKEN,
      projectId: env.VERCEL_PROJECT_ID,
      teamId: env.VERCEL_TEAM_ID,
      apiUrl: env.VERCEL_API_URL,
    });
  }
  return caddyHosting;
}

/**
 * Registers the name with the provider (idempotent) and reads back its state. A refusal (the name
 * in use by another Vercel account) or an outage is recorded as a problem, never thrown: the DNS
 * part of the check still counts, and the next check tries again. Null for Caddy.
 */
export async function observeDomainHosting(hosting: DomainHosting, name: string): Promise<HostingObservation | null> {
  if (hosting.kind === 'caddy') return null;
  try {
    await hosting.attach(name);
    const state = await hosting.state(name);
    if (!state) return null;
    const { verified, misconfigured, verification } = state;
    return { provider: 'vercel', ok: state.attached && verified && !misconfigured, verified, misconfigured, verification, error: null };
  } catch (err) {
    const code = err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : 'unreachable';
    return { provider: 'vercel', ok: false, verified: false, misconfigured: true, verification: [], error: code };
  }
}

/** Tests: use this adapter until called again with undefined. */
export function setDomainHostingForTests(hosting: DomainHosting | undefined): void {
  g.__pmDomainHosting = hosting;
}
