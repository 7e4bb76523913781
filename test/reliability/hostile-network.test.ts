import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import {
  createGuardedFetcher,
  FetchError,
  type FetchPolicy,
  type GuardedFetcher,
  type LookupFunction,
} from '@parallax/fetch';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../packages/fetch/test/servers.js';

/**
 * The checklist rows on hostile network responses that packages/fetch/test does not already cover:
 * the rest of the address ranges and literal forms, rebinding, more redirect targets and ports,
 * brotli and deep-stacked bombs, a lying Content-Length, bad TLS and a flood of headers.
 */
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function server(handler?: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const s = await startServer(handler);
  cleanups.push(() => s.close());
  return s;
}

function fetcher(policy: Partial<FetchPolicy> = {}): GuardedFetcher {
  const f = createGuardedFetcher({ perHostIntervalMs: 0, timeoutMs: 5_000, connectTimeoutMs: 1_000, ...policy });
  cleanups.push(() => f.close());
  return f;
}

const resolveTo =
  (address: string): LookupFunction =>
  (_host, options, cb) =>
    options.all
      ? cb(null, [{ address, family: address.includes(':') ? 6 : 4 }])
      : cb(null, address, address.includes(':') ? 6 : 4);

async function failure(p: Promise<unknown>): Promise<FetchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

describe('addresses are checked after resolution, for every non-public range', () => {
  it.each([
    '0.0.0.0',
    '127.8.9.10',
    '::1',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.1.1',
    '100.127.255.254',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    '224.0.0.1',
    'ff02::1',
    '::ffff:169.254.169.254',
    '::ffff:10.0.0.1',
  ])('refuses a name resolving to %s without connecting', async (address) => {
    const canary = await server();
    const f = fetcher({ allowPorts: [canary.port], lookup: resolveTo(address) });
    expect((await failure(f.fetch(`http://news.example.com:${canary.port}/feed.xml`))).kind).toBe('blocked');
    expect(canary.connections()).toBe(0);
  });

  it('refuses encoded loopback literals: octal, zero, a trailing-dot localhost and mapped IPv6 in hex', async () => {
    const canary = await server();
    const f = fetcher({ allowPorts: [canary.port] });
    for (const host of ['017700000001', '0', '0.0.0.0', 'localhost', '[::ffff:7f00:1]', '[0:0:0:0:0:0:0:1]']) {
      expect((await failure(f.fetch(`http://${host}:${canary.port}/`))).kind).toBe('blocked');
    }
    // The system resolver does not answer the fully qualified form here; either way nothing connects.
    expect(['blocked', 'dns']).toContain((await failure(f.fetch(`http://localhost.:${canary.port}/`))).kind);
    expect(canary.connections()).toBe(0);
  });

  it('DNS rebinding: a name that answers public first and loopback afterwards never reaches loopback', async () => {
    const canary = await server();
    let lookups = 0;
    // The first answer is a documentation address (TEST-NET-3) so nothing real is contacted; every later answer is loopback.
    const rebinding: LookupFunction = (host, options, cb) =>
      resolveTo(lookups++ === 0 ? '203.0.113.10' : '127.0.0.1')(host, options, cb);
    const f = fetcher({ allowPorts: [canary.port], lookup: rebinding });
    for (let i = 0; i < 3; i++) await failure(f.fetch(`http://rebind.example.com:${canary.port}/`));
    expect(lookups).toBeGreaterThan(1);
    expect(canary.connections()).toBe(0);
  });

  it('refuses the backslash userinfo trick and non-standard ports', async () => {
    const f = fetcher({ lookup: resolveTo('10.0.0.8') });
    expect((await failure(f.fetch('http://internal:8080\\@public.example/feed'))).kind).toBe('blocked');
    const g = fetcher({ lookup: resolveTo('203.0.113.10') });
    for (const port of [22, 25, 5432, 6379, 11211]) {
      expect((await failure(g.fetch(`http://news.example.com:${port}/`))).kind).toBe('blocked');
    }
  });
});

describe('redirects to forbidden targets', () => {
  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://localhost:6379/',
    'ftp://example.com/feed',
    'data:text/xml,<rss/>',
    'http://[::1]/',
  ])('refuses a redirect to %s at that hop', async (location) => {
    const s = await server((_req, res) => void res.writeHead(302, { location }).end());
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`] });
    expect((await failure(f.fetch(`${s.url}/feed.xml`))).kind).toBe('blocked');
  });
});

describe('bodies and headers', () => {
  it('stops a brotli bomb and a six-layer gzip chain, with bounded heap growth', async () => {
    const brBomb = brotliCompressSync(Buffer.alloc(100_000_000));
    let layered: Buffer = Buffer.from('<rss/>');
    for (let i = 0; i < 6; i++) layered = gzipSync(layered);
    const s = await server((req, res) => {
      if (req.url === '/br')
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'br' }).end(brBomb);
      else
        res
          .writeHead(200, {
            'content-type': 'application/rss+xml',
            'content-encoding': 'gzip, gzip, gzip, gzip, gzip, gzip',
          })
          .end(layered);
    });
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`], maxFeedBytes: 1_000_000 });
    const heapBefore = process.memoryUsage().heapUsed;
    expect((await failure(f.fetch(`${s.url}/br`))).kind).toBe('too_large');
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(50_000_000);
    // Refused before any decoding; the kind is the generic one, the message says why.
    expect((await failure(f.fetch(`${s.url}/layers`))).message).toMatch(/stacked/);
  });

  it('a Content-Length that lies (small, then far more bytes) never yields more than the cap', async () => {
    const raw = createTcpServer((socket) => {
      socket.on('data', () => {
        socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 20\r\n\r\n');
        socket.end(Buffer.alloc(5_000_000, 'x'));
      });
      socket.on('error', () => {});
    });
    await new Promise<void>((r) => raw.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise<void>((r) => raw.close(() => r())));
    const port = (raw.address() as AddressInfo).port;
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${port}`], maxFeedBytes: 100_000 });
    const result = await f.fetch(`http://127.0.0.1:${port}/`, { expect: 'page' }).then(
      (r) => r.bytes,
      (e: unknown) => (e as FetchError).kind,
    );
    expect(typeof result === 'number' ? result <= 20 : ['too_large', 'connection', 'other'].includes(result)).toBe(
      true,
    );
  });

  it('refuses a thousand Set-Cookie headers', async () => {
    const s = await server((_req, res) => {
      res.setHeader(
        'set-cookie',
        Array.from({ length: 1_000 }, (_, i) => `c${i}=${'v'.repeat(40)}`),
      );
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>');
    });
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`] });
    expect(['too_large', 'connection']).toContain((await failure(f.fetch(`${s.url}/`))).kind);
  });
});

describe('TLS', () => {
  it('fails closed with a typed tls error on a self-signed certificate, with no insecure fallback', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-tls-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=news.example.com'].concat([
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ]),
      { stdio: 'ignore' },
    );
    let requests = 0;
    const tls = createHttpsServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (_req, res) => {
        requests++;
        res.end('<rss/>');
      },
    );
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise<void>((r) => tls.close(() => r())));
    const port = (tls.address() as AddressInfo).port;
    const f = fetcher({
      allowPrivateHosts: [`news.example.com:${port}`, `127.0.0.1:${port}`],
      lookup: resolveTo('127.0.0.1'),
    });
    expect((await failure(f.fetch(`https://news.example.com:${port}/feed.xml`))).kind).toBe('tls');
    expect((await failure(f.fetch(`https://127.0.0.1:${port}/feed.xml`))).kind).toBe('tls');
    expect(requests).toBe(0);
  });
});

describe('unusual and mislabelled charsets', () => {
  async function fetchBody(body: Buffer, contentType: string): Promise<string> {
    const s = await server((_req, res) => void res.writeHead(200, { 'content-type': contentType }).end(body));
    return (await fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`] }).fetch(`${s.url}/`, { expect: 'page' })).body;
  }

  it.each([
    ['koi8-r', 'Около 11 000 северокорейских военных в Курской области'],
    ['shift_jis', '北朝鮮兵約1万1千人がクルスク州に派遣'],
    ['gb18030', '约1.1万名朝鲜士兵被部署到库尔斯克'],
    ['gbk', '朝鲜士兵被部署到库尔斯克'],
    ['euc-kr', '북한군 약 1만1천명 쿠르스크 파병'],
    ['windows-1252', 'Soldaten – „11 000“ laut Geheimdienst, Kosten: 400 Mio. €'],
  ])('round-trips %s declared in the HTTP header', async (charset, text) => {
    const html = `<p>${text}</p>`;
    expect(await fetchBody(iconv.encode(html, charset), `text/html; charset=${charset}`)).toBe(html);
  });

  it('reads iso-8859-1 as windows-1252, as browsers do, so curly quotes and the euro sign survive', async () => {
    const text = '“Kursk” costs 400 million €';
    expect(await fetchBody(iconv.encode(text, 'windows-1252'), 'text/html; charset=iso-8859-1')).toBe(text);
  });

  it('replaces invalid UTF-8 sequences with U+FFFD instead of failing', async () => {
    const body = Buffer.concat([
      Buffer.from('<p>before '),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0]),
      Buffer.from(' after</p>'),
    ]);
    const text = await fetchBody(body, 'text/html; charset=utf-8');
    expect(text.startsWith('<p>before ')).toBe(true);
    expect(text.endsWith(' after</p>')).toBe(true);
    expect(text).toContain('\uFFFD');
  });
});
