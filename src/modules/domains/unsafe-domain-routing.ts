import { and, eq, ne, sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { rowsOf } from '@/lib/db/rows-of';
import { isDomainServing, type DomainStatus } from './domain-status';
import { domains } from './schema';

export type CustomHostRoute = { projectId: string; name: string; status: DomainStatus; isServing: boolean; primary: string | null };

/**
 * Host routing and Caddy's `ask`, answered from a per-process cache. Every change that alters
 * routing bumps private.domain_routing_version (a trigger), and each process compares that counter
 * at most every VERSION_CHECK_MS: a domain removed, released or taken live in one process (or a
 * cron on another machine) reaches every process within a second, not only the one that changed
 * it. Entries also expire after ENTRY_TTL_MS, for changes that are only the passing of time (a
 * failing domain stops being served after 14 days). Unknown hosts are cached too (a flood of
 * random hosts costs one query each at most once per TTL, and the map is bounded).
 */
const VERSION_CHECK_MS = 1_000;
/** How soon every process's routing cache reflects a change (the version check's period, plus a margin). */
export const ROUTING_REFRESH_MS = VERSION_CHECK_MS + 250;
const ENTRY_TTL_MS = 30_000;
const MAX_ENTRIES = 50_000;

type State = {
  version: number;
  checkedAt: number;
  pending: Promise<void> | null;
  hosts: Map<string, { route: CustomHostRoute | null; at: number }>;
  primaries: Map<string, { primary: string | null; at: number }>;
};
// On globalThis: Next.js bundles route handlers and server actions separately; one cache per process.
const g = globalThis as typeof globalThis & { __pmDomainRouting?: State };
const state = (g.__pmDomainRouting ??= { version: -1, checkedAt: 0, pending: null, hosts: new Map(), primaries: new Map() });

async function readVersion(): Promise<number> {
  const db = await unsafeSystemDb('host routing: has any domain changed since this process cached it');
  const [row] = rowsOf<{ version: string | number }>(await db.execute(sql`select version from private.domain_routing_version`));
  return Number(row?.version ?? 0);
}

async function ensureFresh(): Promise<void> {
  if (Date.now() - state.checkedAt < VERSION_CHECK_MS) return;
  // Fresh as of when the read began, not when it answered: a change committed while a slow read
  // was on its way (a loaded database) must not be hidden for another period.
  const startedAt = Date.now();
  state.pending ??= readVersion()
    .then((version) => {
      if (version !== state.version) {
        state.hosts.clear();
        state.primaries.clear();
        state.version = version;
      }
      state.checkedAt = startedAt;
    })
    .finally(() => {
      state.pending = null;
    });
  await state.pending;
}

/** `Example.com.:443` → `example.com`; null for anything that cannot be a domain name. */
export function hostNameOf(hostHeader: string | null | undefined): string | null {
  if (!hostHeader) return null;
  const host = hostHeader.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return host.length >= 3 && host.length <= 253 && /^[a-z0-9.-]+$/.test(host) ? host : null;
}

async function primaryOf(db: Awaited<ReturnType<typeof unsafeSystemDb>>, projectId: string): Promise<string | null> {
  const [row] = await db
    .select({ name: domains.name, status: domains.status, failingSince: domains.failingSince })
    .from(domains)
    .where(and(eq(domains.projectId, projectId), eq(domains.isPrimary, true)));
  return row && isDomainServing(row) ? row.name : null;
}

async function loadRoute(name: string): Promise<CustomHostRoute | null> {
  const db = await unsafeSystemDb('host routing: which project a proven custom domain serves (public information)');
  // The proven holder of a name (a unique partial index: at most one), whatever its state.
  const [row] = await db
    .select({ projectId: domains.projectId, status: domains.status, failingSince: domains.failingSince })
    .from(domains)
    .where(and(eq(domains.name, name), ne(domains.status, 'waiting')));
  if (!row) return null;
  const isServing = isDomainServing(row);
  return { projectId: row.projectId, name, status: row.status, isServing, primary: isServing ? await primaryOf(db, row.projectId) : null };
}

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.size >= MAX_ENTRIES) map.clear();
  map.set(key, value);
}

/** The proven custom domain at this host (served or not), or null. Cached; see above. */
export async function unsafeFindCustomHost(hostHeader: string | null | undefined): Promise<CustomHostRoute | null> {
  const name = hostNameOf(hostHeader);
  if (!name) return null;
  await ensureFresh();
  const hit = state.hosts.get(name);
  if (hit && Date.now() - hit.at < ENTRY_TTL_MS) return hit.route;
  const route = await loadRoute(name);
  remember(state.hosts, name, { route, at: Date.now() });
  return route;
}

/**
 * What unsafeFindCustomHost would answer, from the cache alone: undefined when that needs I/O (no
 * fresh entry, or the version check is due), so the caller takes the async path, which refreshes.
 */
export function peekCustomHost(hostHeader: string | null | undefined): CustomHostRoute | null | undefined {
  const name = hostNameOf(hostHeader);
  if (!name) return null;
  const now = Date.now();
  if (now - state.checkedAt >= VERSION_CHECK_MS) return undefined;
  const hit = state.hosts.get(name);
  return hit && now - hit.at < ENTRY_TTL_MS ? hit.route : undefined;
}

/** What unsafePrimaryHostOf would answer, from the cache alone (undefined: ask it). */
export function peekPrimaryHostOf(projectId: string): string | null | undefined {
  const now = Date.now();
  if (now - state.checkedAt >= VERSION_CHECK_MS) return undefined;
  const hit = state.primaries.get(projectId);
  return hit && now - hit.at < ENTRY_TTL_MS ? hit.primary : undefined;
}

/** The host a project's other addresses redirect to: its primary custom domain while served. */
export async function unsafePrimaryHostOf(projectId: string): Promise<string | null> {
  await ensureFresh();
  const hit = state.primaries.get(projectId);
  if (hit && Date.now() - hit.at < ENTRY_TTL_MS) return hit.primary;
  const db = await unsafeSystemDb('host routing: the primary custom domain of a published project (public information)');
  const primary = await primaryOf(db, projectId);
  remember(state.primaries, projectId, { primary, at: Date.now() });
  return primary;
}

/**
 * The served primary custom domain of a project, read now (not from the cache): what a build puts
 * in canonical, hreflang, sitemap and Open Graph URLs. Builds run right after the change that
 * triggered them, sooner than the cache's version check would notice it.
 */
export async function unsafeReadPrimaryHost(projectId: string): Promise<string | null> {
  const db = await unsafeSystemDb('publishing: the primary custom domain a site is built for (public information)');
  return primaryOf(db, projectId);
}

/**
 * Caddy's on-demand TLS `ask`: may we get a certificate for this name? Only for a domain whose
 * ownership a project proved (verified, live, or failing within its grace period) — never for an
 * unknown or waiting one, nor one no longer served after 14 days of wrong records, so nobody can make us request certificates for names they do not own.
 */
export async function unsafeIsTlsAllowed(domain: string): Promise<boolean> {
  const route = await unsafeFindCustomHost(domain);
  return Boolean(route && (route.isServing || route.status === 'verified'));
}

/**
 * A routing change was just committed in this process: forget what this process cached, as a new
 * version would, now rather than at the next version check. Otherwise it answers for up to a
 * second from a mix of cached and freshly loaded hosts — after a primary switch the old primary
 * (loaded fresh) redirected to the new one while the new one (cached) still redirected back: a
 * redirect loop. Other processes see the change within ROUTING_REFRESH_MS, as before.
 */
export function expireDomainRoutingCache(): void {
  state.hosts.clear();
  state.primaries.clear();
  state.checkedAt = 0;
}

/** Tests: forget everything cached in this process (the cross-process path is the version counter). */
export function resetDomainRoutingCacheForTests(): void {
  state.hosts.clear();
  state.primaries.clear();
  state.version = -1;
  state.checkedAt = 0;
}
