/** What the hosting provider says about a custom domain (Vercel); null from providers that don't track domains (Caddy). */
export type DomainHostingState = {
  /** The provider serves this name for our project. */
  attached: boolean;
  /** The provider's own ownership check passed (Vercel asks for a TXT challenge when another account used the name). */
  verified: boolean;
  /** The provider sees DNS not pointing at it (it cannot get a certificate). */
  misconfigured: boolean;
  /** Records the provider asks for before it serves the name. */
  verification: { type: string; domain: string; value: string }[];
};

/** What a domain check recorded about the provider (stored with the check, shown on the page). */
export type HostingObservation = {
  provider: 'vercel';
  ok: boolean;
  verified: boolean;
  misconfigured: boolean;
  verification: { type: string; domain: string; value: string }[];
  /** The provider's error code when it refused the domain or could not be reached. */
  error: string | null;
};

/**
 * The port in front of whoever terminates TLS for custom domains:
 *  - `caddy` (the embedded default and self-hosted production): nothing to register — Caddy asks
 *    /api/domains/tls-allowed before it gets a certificate; `state` is null;
 *  - `vercel`: the domain is added to the Vercel project through the REST API, and its
 *    verification and DNS configuration are read from there.
 * Chosen by configuration (VERCEL_API_TOKEN + VERCEL_PROJECT_ID → Vercel).
 */
export type DomainHosting = {
  kind: 'caddy' | 'vercel';
  /** Makes the provider serve `name` (idempotent). */
  attach(name: string): Promise<void>;
  /** Stops serving `name` (idempotent: an unknown name is fine). */
  detach(name: string): Promise<void>;
  /** Asks the provider to re-check its verification, then reports its state; null when the provider has none. */
  state(name: string): Promise<DomainHostingState | null>;
};
