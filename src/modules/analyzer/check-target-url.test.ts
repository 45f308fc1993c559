import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDnsServer } from '../../../tests/fakes/dns/dns-server';
import { AppError } from '@/lib/errors';
import { checkTargetUrl, createTargetResolver, isPublicAddress, withDefaultScheme } from './check-target-url';
import { isTestLoopbackAllowed } from './test-loopback';

// The classes of the OWASP SSRF prevention cheat sheet (and its bypass list): schemes, userinfo
// confusion, ports, every spelling of an internal IPv4 address, the IPv6 forms that carry one,
// cloud metadata addresses, and DNS names that resolve to any of them.

let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
const check = (url: string, allowLoopback = false) => checkTargetUrl(url, { resolver: createTargetResolver(dns.server), allowLoopback });
const keyOf = async (url: string, allowLoopback = false) => {
  try {
    await check(url, allowLoopback);
    return 'allowed';
  } catch (error) {
    if (error instanceof AppError) return error.key;
    throw error;
  }
};

beforeAll(async () => {
  dns = await startTestDnsServer();
  dns.set('public.example', { A: ['93.184.216.34'], AAAA: ['2606:2800:220:1:248:1893:25c8:1946'] });
  dns.set('metadata.google.internal', { A: ['169.254.169.254'] });
  dns.set('internal.example', { A: ['10.0.0.5'] });
  dns.set('mixed.example', { A: ['93.184.216.34', '192.168.1.1'] });
  dns.set('v6-ula.example', { AAAA: ['fd00:ec2::254'] });
  dns.set('v6-mapped.example', { AAAA: ['::ffff:127.0.0.1'] });
  dns.set('nat64.example', { AAAA: ['64:ff9b::a9fe:a9fe'] });
  dns.set('loopback.example', { A: ['127.0.0.1'] });
});
afterAll(() => dns.close());

describe('checkTargetUrl', () => {
  it('accepts a public name and returns the normalized URL with the address to pin', async () => {
    const target = await check('  HTTPS://Public.Example/path?q=1#frag ');
    expect(target).toEqual({ url: 'https://public.example/path?q=1', host: 'public.example', port: 443, address: '93.184.216.34' });
    expect((await check('http://93.184.216.34/')).address).toBe('93.184.216.34');
    expect((await check('http://[2606:4700::1111]/')).address).toBe('2606:4700::1111');
  });

  it.each([
    'file:///etc/passwd',
    'gopher://public.example/',
    'ftp://public.example/',
    'dict://public.example:11211/',
    'javascript:alert(1)',
    'data:text/html,hi',
  ])('refuses the scheme of %s', async (url) => expect(await keyOf(url)).toBe('errors.analyzer.scheme'));

  it('refuses userinfo (the host a reader sees is not the one visited) and non-default ports', async () => {
    expect(await keyOf('http://public.example@10.0.0.1/')).toBe('errors.analyzer.userinfo');
    expect(await keyOf('http://user:pass@public.example/')).toBe('errors.analyzer.userinfo');
    expect(await keyOf('http://public.example:22/')).toBe('errors.analyzer.port');
    expect(await keyOf('https://public.example:80/')).toBe('errors.analyzer.port');
    expect(await keyOf('http://public.example:80/')).toBe('allowed');
    expect(await keyOf('not a url')).toBe('errors.analyzer.invalidUrl');
  });

  it.each([
    // loopback and "this host", in every spelling WHATWG URL accepts
    'http://127.0.0.1/',
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0x7f.1/',
    'http://0177.0.0.1/',
    'http://017700000001/',
    'http://127.0.0.1./',
    'http://①②⑦.0.0.1/',
    'http://0.0.0.0/',
    'http://0/',
    'http://localhost/',
    'http://LOCALHOST./',
    'http://app.localhost/',
    'http://[::1]/',
    'http://[::]/',
    // private, CGNAT, link-local and cloud metadata
    'http://10.0.0.1/',
    'http://172.16.0.1/',
    'http://192.168.0.1/',
    'http://100.64.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://0xa9fea9fe/',
    'http://2852039166/',
    'http://100.100.100.200/',
    // multicast, broadcast, reserved, documentation, benchmarking
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    'http://240.0.0.1/',
    'http://192.0.2.1/',
    'http://198.18.0.1/',
    'http://192.0.0.170/',
    // IPv6: unique-local (AWS's metadata address), link-local, site-local, multicast, documentation
    'http://[fd00:ec2::254]/',
    'http://[fc00::1]/',
    'http://[fe80::1]/',
    'http://[fec0::1]/',
    'http://[ff02::1]/',
    'http://[2001:db8::1]/',
    // IPv6 forms that carry an IPv4 address
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:169.254.169.254]/',
    'http://[0:0:0:0:0:ffff:7f00:1]/',
    'http://[::127.0.0.1]/',
    'http://[64:ff9b::169.254.169.254]/',
    'http://[64:ff9b:1::a00:1]/',
    'http://[2002:7f00:1::]/',
    'http://[2002:a9fe:a9fe::1]/',
    'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/',
  ])('refuses %s', async (url) => {
    expect(await keyOf(url)).toBe('errors.analyzer.forbiddenAddress');
  });

  it.each([
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://internal.example/',
    'http://mixed.example/',
    'http://v6-ula.example/',
    'http://v6-mapped.example/',
    'http://nat64.example/',
    'http://loopback.example/',
  ])('refuses %s, a name whose DNS answer is not public', async (url) => {
    expect(await keyOf(url)).toBe('errors.analyzer.forbiddenAddress');
  });

  it('says when a name does not resolve', async () => {
    expect(await keyOf('http://nowhere.example/')).toBe('errors.analyzer.unresolvable');
  });

  it('lets tests use loopback sites on any port, and nothing else', async () => {
    expect(await keyOf('http://127.0.0.1:4321/', true)).toBe('allowed');
    expect(await keyOf('http://loopback.example:4321/', true)).toBe('allowed');
    expect(await keyOf('http://10.0.0.1/', true)).toBe('errors.analyzer.forbiddenAddress');
    expect(await keyOf('http://169.254.169.254/', true)).toBe('errors.analyzer.forbiddenAddress');
    expect(await keyOf('http://public.example:8080/', true)).toBe('errors.analyzer.port');
  });
});

describe('the test-only loopback allow-list', () => {
  it('is on only when asked and never when NODE_ENV=production', () => {
    expect(isTestLoopbackAllowed({ NODE_ENV: 'test', ANALYZER_TEST_LOOPBACK: '1' })).toBe(true);
    expect(isTestLoopbackAllowed({ NODE_ENV: 'development' })).toBe(false);
    expect(isTestLoopbackAllowed({ NODE_ENV: 'production', ANALYZER_TEST_LOOPBACK: '1' })).toBe(false);
  });

  it('is never on for an app with a real database, whatever NODE_ENV says (a deployment started as test by mistake)', () => {
    expect(isTestLoopbackAllowed({ NODE_ENV: 'test', ANALYZER_TEST_LOOPBACK: '1', DATABASE_URL: 'postgres://db.example/app' })).toBe(false);
    expect(isTestLoopbackAllowed({ NODE_ENV: 'development', ANALYZER_TEST_LOOPBACK: '1', DATABASE_URL: undefined })).toBe(true);
  });
});

describe('isPublicAddress', () => {
  it('is true only for the public unicast ranges', () => {
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('2606:4700::1111')).toBe(true);
    expect(isPublicAddress('127.0.0.1')).toBe(false);
    expect(isPublicAddress('127.0.0.1', { allowLoopback: true })).toBe(true);
    expect(isPublicAddress('::1', { allowLoopback: true })).toBe(true);
    // The allow-list is two addresses, not the loopback range: the rest stays internal.
    expect(isPublicAddress('127.0.0.2', { allowLoopback: true })).toBe(false);
    expect(isPublicAddress('127.255.255.254', { allowLoopback: true })).toBe(false);
    expect(isPublicAddress('not-an-ip')).toBe(false);
  });
});

describe('withDefaultScheme (what the analyze form does with what a visitor typed)', () => {
  it('reads host:port without a scheme as an address, not as the scheme "localhost:"', () => {
    expect(withDefaultScheme('localhost:3101')).toBe('https://localhost:3101');
    expect(withDefaultScheme('example.com:8080')).toBe('https://example.com:8080');
    expect(withDefaultScheme('example.com:8080/path?q=1')).toBe('https://example.com:8080/path?q=1');
    expect(withDefaultScheme(' example.com ')).toBe('https://example.com');
    expect(withDefaultScheme('127.0.0.1:3101')).toBe('https://127.0.0.1:3101');
    expect(withDefaultScheme('[::1]:3101')).toBe('https://[::1]:3101');
    expect(withDefaultScheme('//example.com/')).toBe('https://example.com/');
  });

  it('keeps a real scheme as typed, so the guard refuses it as one', () => {
    expect(withDefaultScheme('http://example.com')).toBe('http://example.com');
    expect(withDefaultScheme('HTTPS://example.com:8443/')).toBe('HTTPS://example.com:8443/');
    expect(withDefaultScheme('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(withDefaultScheme('mailto:someone@example.com')).toBe('mailto:someone@example.com');
    expect(withDefaultScheme('file:///etc/passwd')).toBe('file:///etc/passwd');
  });

  it('gives a bare loopback host:port the guard’s refusal, and checks a public host:port like any URL', async () => {
    expect(await keyOf(withDefaultScheme('localhost:3101'))).toBe('errors.analyzer.forbiddenAddress');
    expect(await keyOf(withDefaultScheme('127.0.0.1:3101'))).toBe('errors.analyzer.forbiddenAddress');
    expect(await keyOf(withDefaultScheme('public.example:8080'))).toBe('errors.analyzer.port');
    expect(await keyOf(withDefaultScheme('public.example:443'))).toBe('allowed');
    expect(await keyOf(withDefaultScheme('javascript:alert(1)'))).toBe('errors.analyzer.scheme');
  });
});
