import { describe, expect, it } from 'vitest';
import { describeDomainReach } from './describe-domain-reach';

const reach = (root: string) => describeDomainReach({ ROOT_DOMAIN: root, DOMAIN_A_RECORDS: undefined, DOMAIN_AAAA_RECORDS: undefined });

// Issue 34 #8: the embedded default says custom domains cannot reach this machine, instead of
// asking for a `cname.localhost` record nobody can create.
describe('describeDomainReach', () => {
  it('calls a machine on localhost, a private name or a private address local', () => {
    for (const root of [
      'localhost:3000',
      'app.localhost:3000',
      'pagemagic.test',
      'pagemagic.local',
      'box.internal',
      '127.0.0.1:3000',
      '192.168.1.20',
      '[::1]:3000',
    ]) {
      expect(reach(root).isLocal, root).toBe(true);
    }
    expect(reach('localhost:3000')).toEqual({ isLocal: true, rootHost: 'localhost', cnameTarget: 'cname.localhost' });
  });

  it('calls a public domain or address reachable', () => {
    for (const root of ['pagemagic.com.br', 'sites.agencia.com.br:443', 'example.com', '8.8.8.8']) {
      expect(reach(root).isLocal, root).toBe(false);
    }
    expect(reach('sites.agencia.com.br').cnameTarget).toBe('cname.sites.agencia.com.br');
  });
});
