import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { getEnv } from '@/lib/env';
import bundledBootstrap from './rdap-bootstrap.json';

/** A domain's registration as its registry's RDAP server tells it. */
export type Registration = { expiresAt: string | null; registrar: string | null; checkedAt: string };

const bootstrapSchema = z.object({ services: z.array(z.tuple([z.array(z.string()), z.array(z.string())])) });
const domainSchema = z.object({
  events: z.array(z.object({ eventAction: z.string(), eventDate: z.string() })).optional(),
  entities: z
    .array(z.object({ roles: z.array(z.string()).optional(), vcardArray: z.tuple([z.string(), z.array(z.array(z.unknown()))]).optional() }))
    .optional(),
});

function loadBootstrap(): z.infer<typeof bootstrapSchema> {
  const file = getEnv().RDAP_BOOTSTRAP_FILE;
  return bootstrapSchema.parse(file ? JSON.parse(readFileSync(file, 'utf8')) : bundledBootstrap);
}

/** The RDAP base URL for a registrable domain: the longest matching suffix in the bootstrap (RFC 9224 §4). */
export function rdapBaseFor(domain: string, bootstrap = loadBootstrap()): string | null {
  const labels = domain.toLowerCase().split('.');
  for (let i = 0; i < labels.length; i++) {
    const suffix = labels.slice(i).join('.');
    const service = bootstrap.services.find(([suffixes]) => suffixes.includes(suffix));
    const url = service?.[1].find((u) => u.startsWith('https://')) ?? service?.[1][0];
    if (url) return url.endsWith('/') ? url : `${url}/`;
  }
  return null;
}

function registrarOf(entities: z.infer<typeof domainSchema>['entities']): string | null {
  const registrar = entities?.find((e) => e.roles?.includes('registrar'));
  const fn = registrar?.vcardArray?.[1].find((entry) => entry[0] === 'fn');
  return typeof fn?.[3] === 'string' ? fn[3] : null;
}

/**
 * Looks a registrable domain up over RDAP: its expiry (the `expiration` event) and registrar.
 * Optional by nature — registries without RDAP, timeouts, 404s and unparseable answers give null,
 * and the domain's check goes on without it.
 */
export async function lookupRegistration(registrable: string, now = new Date()): Promise<Registration | null> {
  const base = rdapBaseFor(registrable);
  if (!base) return null;
  try {
    const response = await fetch(`${base}domain/${encodeURIComponent(registrable)}`, {
      headers: { Accept: 'application/rdap+json' },
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) return null;
    const parsed = domainSchema.safeParse(await response.json());
    if (!parsed.success) return null;
    const expiration = parsed.data.events?.find((e) => e.eventAction === 'expiration')?.eventDate;
    const expiresAt = expiration && !Number.isNaN(Date.parse(expiration)) ? new Date(expiration).toISOString() : null;
    return { expiresAt, registrar: registrarOf(parsed.data.entities), checkedAt: now.toISOString() };
  } catch {
    return null;
  }
}
