import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { normalizeDomainName } from './domain-name';

const own = { rootDomain: 'pagemagic.site', appUrl: 'https://app.pagemagic.com' };
const keyOf = (input: string) => {
  try {
    normalizeDomainName(input, own);
    return 'accepted';
  } catch (err) {
    return isAppError(err) ? err.key : String(err);
  }
};

describe('normalizeDomainName', () => {
  it('normalizes case, a trailing dot, a pasted URL, and IDN to punycode shown back in Unicode', () => {
    expect(normalizeDomainName(' WWW.Example.COM. ', own)).toEqual({
      name: 'www.example.com',
      displayName: 'www.example.com',
      isApex: false,
      apex: 'example.com',
    });
    expect(normalizeDomainName('https://Loja.Example.com.br/produtos?x=1', own)).toMatchObject({
      name: 'loja.example.com.br',
      isApex: false,
      apex: 'example.com.br',
    });
    expect(normalizeDomainName('padariapãoverde.com.br', own)).toEqual({
      name: 'xn--padariapoverde-xhb.com.br',
      displayName: 'padariapãoverde.com.br',
      isApex: true,
      apex: 'xn--padariapoverde-xhb.com.br',
    });
  });

  it('tells apex domains from subdomains by the Public Suffix List', () => {
    expect(normalizeDomainName('example.com.br', own).isApex).toBe(true);
    expect(normalizeDomainName('www.example.co.uk', own).isApex).toBe(false);
    expect(normalizeDomainName('maria.github.io', own).isApex).toBe(true); // a private suffix: github.io
  });

  it('refuses bare public suffixes, unknown endings, IPs, our own hosts and garbage', () => {
    expect(keyOf('com.br')).toBe('errors.domains.publicSuffix');
    expect(keyOf('github.io')).toBe('errors.domains.publicSuffix');
    expect(keyOf('printer.local')).toBe('errors.domains.publicSuffix');
    expect(keyOf('192.168.0.1')).toBe('errors.domains.ipAddress');
    expect(keyOf('[::1]')).toBe('errors.domains.ipAddress');
    expect(keyOf('pagemagic.site')).toBe('errors.domains.ours');
    expect(keyOf('padaria.pagemagic.site')).toBe('errors.domains.ours');
    expect(keyOf('app.pagemagic.com')).toBe('errors.domains.ours');
    expect(keyOf('pagemagic.com')).toBe('accepted');
    for (const bad of ['', 'example', 'exa mple.com', 'under_score.com', '-bad.com', `${'a'.repeat(64)}.com`, 'a..b.com']) {
      expect(keyOf(bad), bad).toMatch(/^errors\.domains\.(invalid|publicSuffix)$/);
    }
  });
});
