import { readFileSync } from 'node:fs';
import { connect, rootCertificates, type PeerCertificate } from 'node:tls';
import { getEnv } from '@/lib/env';

/** Why a custom domain's certificate is not good enough; `none` when it is. */
export const CERTIFICATE_PROBLEMS = ['none', 'no_certificate', 'untrusted', 'name_mismatch', 'expiring', 'expired', 'unreachable'] as const;
export type CertificateProblem = (typeof CERTIFICATE_PROBLEMS)[number];

/** What a TLS handshake with a domain's name showed (stored with the domain's check, shown on its page). */
export type CertificateObservation = {
  ok: boolean;
  problem: CertificateProblem;
  issuer: string | null;
  /** ISO date the certificate stops being valid. */
  validTo: string | null;
  observedAt: string;
};

/** The port: "which certificate is served for this name?". */
export type CertificateProbe = (name: string, now?: Date) => Promise<CertificateObservation>;

/** A certificate expiring within this many days without having been renewed needs attention. */
export const RENEW_BEFORE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

function issuerOf(cert: PeerCertificate): string | null {
  const issuer = cert.issuer as Partial<Record<'O' | 'CN', string | string[]>> | undefined;
  const pick = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return pick(issuer?.O) ?? pick(issuer?.CN) ?? null;
}

/** Judges a presented certificate: trusted, for this name, and not about to lapse. Pure. */
export function judgeCertificate(
  cert: { issuer: string | null; validTo: Date | null; authorized: boolean; authorizationError?: string | null },
  now: Date,
): Omit<CertificateObservation, 'observedAt'> {
  const base = { issuer: cert.issuer, validTo: cert.validTo?.toISOString() ?? null };
  if (!cert.validTo) return { ...base, ok: false, problem: 'no_certificate' };
  if (cert.validTo.getTime() <= now.getTime()) return { ...base, ok: false, problem: 'expired' };
  if (!cert.authorized) {
    const error = cert.authorizationError ?? '';
    if (/ALTNAME|HOSTNAME|mismatch/i.test(error)) return { ...base, ok: false, problem: 'name_mismatch' };
    if (/EXPIRED/i.test(error)) return { ...base, ok: false, problem: 'expired' };
    return { ...base, ok: false, problem: 'untrusted' };
  }
  if (cert.validTo.getTime() - now.getTime() < RENEW_BEFORE_DAYS * DAY_MS) return { ...base, ok: false, problem: 'expiring' };
  return { ...base, ok: true, problem: 'none' };
}

/**
 * The production adapter: a TLS handshake with `name` as SNI, verified against the system's roots
 * (plus `ca`), to the domain itself on 443 or to a given front (`connectTo`, e.g. the Caddy in
 * front of the app). A refused handshake — Caddy's answer for a name it has no certificate for —
 * reads as "no certificate"; a connection that never opens as "unreachable".
 */
export function createTlsCertificateProbe(
  options: { connectTo?: { host: string; port: number }; ca?: string | Buffer; timeoutMs?: number } = {},
): CertificateProbe {
  return (name, now = new Date()) =>
    new Promise((resolve) => {
      const observedAt = now.toISOString();
      let connected = false;
      const socket = connect({
        host: options.connectTo?.host ?? name,
        port: options.connectTo?.port ?? 443,
        servername: name,
        rejectUnauthorized: false, // judged below, so an untrusted or wrong certificate is described, not just refused
        ...(options.ca ? { ca: [...rootCertificates, options.ca.toString()] } : {}),
      });
      socket.once('connect', () => (connected = true));
      socket.setTimeout(options.timeoutMs ?? 10_000, () => socket.destroy(new Error('timeout')));
      socket.once('secureConnect', () => {
        const cert = socket.getPeerCertificate();
        const validTo = cert?.valid_to ? new Date(cert.valid_to) : null;
        const judged = judgeCertificate(
          {
            issuer: cert ? issuerOf(cert) : null,
            validTo,
            authorized: socket.authorized,
            authorizationError: socket.authorizationError?.toString() ?? null,
          },
          now,
        );
        // Node checks the chain; the name is checked here (rejectUnauthorized off skips it).
        const mismatch = judged.ok && cert?.subjectaltname && !namesOf(cert.subjectaltname).some((n) => coversName(n, name));
        resolve({ ...judged, ...(mismatch ? { ok: false, problem: 'name_mismatch' as const } : {}), observedAt });
        socket.end();
      });
      socket.once('error', () =>
        resolve({ ok: false, problem: connected ? 'no_certificate' : 'unreachable', issuer: null, validTo: null, observedAt }),
      );
    });
}

function namesOf(subjectAltName: string): string[] {
  return subjectAltName
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.startsWith('DNS:'))
    .map((s) => s.slice(4).toLowerCase());
}

function coversName(pattern: string, name: string): boolean {
  if (pattern === name) return true;
  return pattern.startsWith('*.') && name.endsWith(pattern.slice(1)) && !name.slice(0, -pattern.length + 1).includes('.');
}

const g = globalThis as typeof globalThis & { __pmCertificateProbe?: CertificateProbe | null };

/**
 * The configured probe (DOMAIN_CERT_CHECK), or null when certificates are not observed — the
 * embedded default, where sites are plain http on localhost.
 */
export function getCertificateProbe(): CertificateProbe | null {
  if (g.__pmCertificateProbe !== undefined) return g.__pmCertificateProbe;
  const env = getEnv();
  const setting = env.DOMAIN_CERT_CHECK?.trim();
  if (!setting) return null;
  const ca = env.DOMAIN_CERT_CA ? readFileSync(env.DOMAIN_CERT_CA) : undefined;
  if (setting === 'direct') return createTlsCertificateProbe({ ca });
  const match = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(setting);
  if (!match) throw new Error('DOMAIN_CERT_CHECK must be `direct` or `host:port`');
  return createTlsCertificateProbe({ connectTo: { host: match[1]!.replace(/^\[|\]$/g, ''), port: Number(match[2]) }, ca });
}

/** Tests: use this probe (null: none) until called again with undefined. */
export function setCertificateProbeForTests(probe: CertificateProbe | null | undefined): void {
  g.__pmCertificateProbe = probe;
}
