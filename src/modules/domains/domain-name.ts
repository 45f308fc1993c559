import { domainToASCII, domainToUnicode } from 'node:url';
import { parse } from 'tldts';
import { AppError } from '@/lib/errors';

export type DomainName = {
  /** ASCII (punycode), lower case, no trailing dot: what DNS and the Host header carry. */
  name: string;
  /** The Unicode form people read (`pão.com.br`). */
  displayName: string;
  /** A registrable domain itself (`example.com.br`), not a subdomain of one. */
  isApex: boolean;
  /** The registrable domain it belongs to (`example.com.br` for `www.example.com.br`). */
  apex: string;
};

const LABELS = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/** `localhost:3000` → `localhost`; `https://app.example.com/` → `app.example.com`. */
function bareHost(value: string): string {
  const withoutScheme = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  return withoutScheme.split(/[/?#]/, 1)[0]!.replace(/:\d+$/, '').replace(/\.$/, '').toLowerCase();
}

const invalid = () => new AppError('VALIDATION', 'errors.domains.invalid', { details: { field: 'domain' } });

/**
 * What a person typed (`Pão.com.br.`, `https://www.Example.com/path`) as a domain we can connect,
 * or a VALIDATION error saying why not: not a host name, an IP address, a bare public suffix
 * (`com.br`, `github.io`) or an unknown one, or one of our own hosts (ROOT_DOMAIN, the app).
 * The Public Suffix List comes from `tldts`; IDN ↔ punycode from node:url (WHATWG's UTS #46).
 */
export function normalizeDomainName(input: string, own: { rootDomain: string; appUrl: string }): DomainName {
  const typed = bareHost(input.trim());
  if (!typed || typed.length > 253 || /\s/.test(typed)) throw invalid();
  const parsedTyped = parse(typed, { allowPrivateDomains: true });
  if (parsedTyped.isIp || /^\[.*\]$/.test(typed)) {
    throw new AppError('VALIDATION', 'errors.domains.ipAddress', { details: { field: 'domain' } });
  }
  const name = domainToASCII(typed);
  if (!name || !LABELS.test(name) || name.length > 253) throw invalid();
  const parsed = parse(name, { allowPrivateDomains: true });
  if (parsed.isIp) throw new AppError('VALIDATION', 'errors.domains.ipAddress', { details: { field: 'domain' } });
  // Known suffixes only: an unlisted TLD (`.local`, `.internal`) cannot get a public certificate.
  if (!parsed.publicSuffix || !(parsed.isIcann || parsed.isPrivate) || !parsed.domain || name === parsed.publicSuffix) {
    throw new AppError('VALIDATION', 'errors.domains.publicSuffix', { details: { field: 'domain' } });
  }
  const ours = [bareHost(own.rootDomain), bareHost(own.appUrl)].filter(Boolean);
  if (ours.some((host) => name === host || name.endsWith(`.${host}`))) {
    throw new AppError('VALIDATION', 'errors.domains.ours', { details: { field: 'domain' } });
  }
  return { name, displayName: domainToUnicode(name) || name, isApex: name === parsed.domain, apex: parsed.domain };
}
