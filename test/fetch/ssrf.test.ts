// SSRF safety: private, loopback, link-local and special-purpose addresses are refused by default — as literal
// URLs, as redirect targets and as any one of a host name's DNS answers — and allowed with --allow-private.
import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from 'vitest';
import { fetchIntoStore } from '../../src/pipeline/ingest.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { checkUrl, Fetcher, refusedAddress, resolveFetchSettings, type Resolver } from '../../src/ingest/fetch/index.js';
import type { LocalSite } from './local-server.js';
import { startLedgerSite, TEST_SETTINGS } from './site-fixture.js';

const DEFAULT_POLICY = { allowPrivate: false, allowAddresses: [] };

describe('address policy', () => {
  it.each([
    ['10.1.2.3', 'a private address (RFC 1918)'],
    ['172.16.0.1', 'a private address (RFC 1918)'],
    ['172.31.255.255', 'a private address (RFC 1918)'],
    ['192.168.1.1', 'a private address (RFC 1918)'],
    ['100.64.0.1', 'a carrier-grade NAT address (RFC 6598)'],
    ['127.0.0.1', 'a loopback address'],
    ['127.45.0.9', 'a loopback address'],
    ['169.254.169.254', 'a link-local address (cloud metadata lives at 169.254.169.254)'],
    ['0.0.0.0', 'an unspecified ("this network") address'],
    ['224.0.0.251', 'a multicast address'],
    ['255.255.255.255', 'a reserved address'],
    ['::', 'an unspecified address'],
    ['::1', 'a loopback address'],
    ['fe80::1', 'a link-local address'],
    ['fd12:3456::1', 'a unique local address (private IPv6)'],
    ['ff02::1', 'a multicast address'],
    ['::ffff:127.0.0.1', 'an IPv4-mapped IPv6 address'],
    ['::ffff:8.8.8.8', 'an IPv4-mapped IPv6 address'],
    ['::ffff:7f00:1', 'an IPv4-mapped IPv6 address'],
    ['64:ff9b::a00:1', 'a NAT64 address embedding 10.0.0.1, a private address (RFC 1918)'],
    ['2002:c0a8:101::1', 'a 6to4 address embedding 192.168.1.1, a private address (RFC 1918)'],
  ])('refuses %s as %s', (address, what) => {
    expect(refusedAddress(address, DEFAULT_POLICY)).toBe(what);
  });

  it.each(['93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '64:ff9b::5db8:d822'])('allows the public address %s', (address) => {
    expect(refusedAddress(address, DEFAULT_POLICY)).toBeNull();
  });

  it('allows everything with --allow-private, and single addresses with --allow-address', () => {
    expect(refusedAddress('10.1.2.3', { allowPrivate: true, allowAddresses: [] })).toBeNull();
    expect(refusedAddress('10.1.2.3', { allowPrivate: false, allowAddresses: ['10.1.2.3'] })).toBeNull();
    expect(refusedAddress('10.1.2.4', { allowPrivate: false, allowAddresses: ['10.1.2.3'] })).toBe('a private address (RFC 1918)');
  });

  it('refuses other schemes, credentials and private literal hosts in every spelling', () => {
    const refusal = (url: string) => {
      try {
        checkUrl(url, DEFAULT_POLICY);
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(refusal('file:///etc/passwd')).toBe('scheme file: refused (only http and https are fetched)');
    expect(refusal('gopher://harbor-ledger.example/')).toBe('scheme gopher: refused (only http and https are fetched)');
    expect(refusal('https://editor:secret@harbor-ledger.example/')).toBe('URLs with credentials are refused');
    // The URL parser normalises hex, octal and integer IPv4 spellings before the check.
    for (const url of ['http://0x7f.1/', 'http://2130706433/', 'http://0177.0.0.1/', 'http://127.1/']) {
      expect(refusal(url)).toBe('127.0.0.1 is a loopback address; use --allow-private to fetch it');
    }
    expect(refusal('http://[::ffff:169.254.169.254]/')).toBe('::ffff:a9fe:a9fe is an IPv4-mapped IPv6 address; use --allow-private to fetch it');
    expect(refusal('http://[fd00::1]:8080/feed')).toBe('fd00::1 is a unique local address (private IPv6); use --allow-private to fetch it');
    expect(refusal('https://www.harbor-ledger.example/news')).toBeNull();
  });
});

describe('fetching with the guard', () => {
  let site: LocalSite;
  let store: Store;
  beforeAll(async () => {
    ({ site } = await startLedgerSite());
  });
  afterAll(async () => {
    await site.close();
  });
  beforeEach(async () => {
    store = await SqliteStore.open(':memory:');
    site.hits.clear();
  });
  afterEach(async () => {
    await store.close();
  });

  const strict = { ...TEST_SETTINGS, allowPrivate: false };

  it('refuses a loopback URL without --allow-private, before any request, and fetches it with the flag', async () => {
    const url = site.url('/news/velmora-flood.html');
    const refused = await fetchIntoStore(store, [url], { settings: strict });
    expect(refused.failures).toEqual([{ input: url, reason: 'refused: 127.0.0.1 is a loopback address; use --allow-private to fetch it' }]);
    expect(site.hits.size).toBe(0);
    expect(await store.listFailures(refused.runId)).toHaveLength(1);
    const allowed = await fetchIntoStore(store, [url], { settings: { ...strict, allowPrivate: true } });
    expect(allowed).toMatchObject({ added: 1, failed: 0 });
  });

  it('checks every redirect target: cloud metadata and intranet addresses are refused', async () => {
    const settings = { ...strict, allowAddresses: ['127.0.0.1'] };
    const summary = await fetchIntoStore(store, [site.url('/to-metadata'), site.url('/to-intranet'), site.url('/moved')], { settings });
    const reasons = new Map(summary.failures.map((f) => [f.input.replace(site.origin, ''), f.reason]));
    expect(reasons.get('/to-metadata')).toBe(
      'refused (redirected to http://169.254.169.254/latest/meta-data/): 169.254.169.254 is a link-local address (cloud metadata lives at 169.254.169.254); use --allow-private to fetch it',
    );
    expect(reasons.get('/to-intranet')).toBe('refused (redirected to http://10.20.30.40/admin): 10.20.30.40 is a private address (RFC 1918); use --allow-private to fetch it');
    // A redirect that stays on the allowed address is followed.
    expect(summary.added).toBe(1);
  });

  it('checks every DNS answer of a host name, and connects to the address it checked', async () => {
    const answers: Record<string, { address: string; family: number }[]> = {
      'news.harbor-ledger.test': [{ address: '127.0.0.1', family: 4 }],
      'mixed.harbor-ledger.test': [
        { address: '127.0.0.1', family: 4 },
        { address: '10.0.0.7', family: 4 },
      ],
      'v6.harbor-ledger.test': [{ address: '::1', family: 6 }],
    };
    const resolver: Resolver = async (hostname) => {
      const found = answers[hostname];
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      return found;
    };
    const port = new URL(site.origin).port;
    const fetcher = new Fetcher(resolveFetchSettings({ ...strict, allowAddresses: ['127.0.0.1'] }), { resolver });
    try {
      const url = (host: string) => `http://${host}:${port}/news/velmora-flood.html`;
      const summary = await fetchIntoStore(
        store,
        [url('news.harbor-ledger.test'), url('mixed.harbor-ledger.test'), url('v6.harbor-ledger.test'), url('nowhere.harbor-ledger.test')],
        { fetcher },
      );
      expect(summary.added).toBe(1);
      const reasons = new Map(summary.failures.map((f) => [new URL(f.input).hostname, f.reason]));
      expect(reasons.get('mixed.harbor-ledger.test')).toBe(
        'refused: mixed.harbor-ledger.test resolves to 10.0.0.7, a private address (RFC 1918); use --allow-private to fetch it',
      );
      expect(reasons.get('v6.harbor-ledger.test')).toBe('refused: v6.harbor-ledger.test resolves to ::1, a loopback address; use --allow-private to fetch it');
      expect(reasons.get('nowhere.harbor-ledger.test')).toBe('host not found');
    } finally {
      await fetcher.close();
    }
  });
});
