import { gzipSync, brotliCompressSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createGuardedFetcher,
  FetchError,
  type FetchPolicy,
  type GuardedFetcher,
  type LookupFunction,
} from '../src/index.js';
import { startServer, type TestServer } from './servers.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function server(handler?: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const s = await startServer(handler);
  cleanups.push(() => s.close());
  return s;
}

function fetcher(policy: Partial<FetchPolicy> = {}): GuardedFetcher {
  const f = createGuardedFetcher({ perHostIntervalMs: 0, timeoutMs: 5_000, ...policy });
  cleanups.push(() => f.close());
  return f;
}

/** A resolver that answers every name with one fixed address, as a rebinding attacker would. */
const resolveTo =
  (address: string): LookupFunction =>
  (_host, options, cb) =>
    options.all ? cb(null, [{ address, family: address.includes(':') ? 6 : 4 }]) : cb(null, address, 4);

async function failure(p: Promise<unknown>): Promise<FetchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

describe('address policy', () => {
  it('refuses loopback when the host is not allow-listed, and the canary sees no connection', async () => {
    const canary = await server();
    const err = await failure(fetcher({ allowPorts: [canary.port] }).fetch(`${canary.url}/`));
    expect(err.kind).toBe('blocked');
    expect(canary.connections()).toBe(0);
  });

  it('refuses literal tricks for 127.0.0.1 (127.1, hex, decimal)', async () => {
    const canary = await server();
    const f = fetcher({ allowPorts: [canary.port] });
    for (const host of ['127.1', '0x7f000001', '2130706433', '[::ffff:127.0.0.1]', '[::1]']) {
      const err = await failure(f.fetch(`http://${host}:${canary.port}/`));
      expect(err.kind).toBe('blocked');
    }
    expect(canary.connections()).toBe(0);
  });

  it.each(['127.0.0.1', '169.254.169.254', '::ffff:127.0.0.1', '10.0.0.5', '100.64.0.1', '64:ff9b::7f00:1'])(
    'refuses a public-looking name that resolves to %s',
    async (address) => {
      const canary = await server();
      const f = fetcher({ allowPorts: [canary.port], lookup: resolveTo(address) });
      const err = await failure(f.fetch(`http://news.example.com:${canary.port}/`));
      expect(err.kind).toBe('blocked');
      expect(canary.connections()).toBe(0);
    },
  );

  it('lets an allow-listed name reach loopback (host:port entry)', async () => {
    const s = await server((_req, res) => res.end('hello'));
    const f = fetcher({ allowPrivateHosts: [`news.example.com:${s.port}`], lookup: resolveTo('127.0.0.1') });
    const r = await f.fetch(`http://news.example.com:${s.port}/`);
    expect(r.body).toBe('hello');
  });

  it('refuses ports outside the allowlist, schemes other than http(s) and user info', async () => {
    const s = await server();
    const f = fetcher({ allowPrivateHosts: ['127.0.0.1'] });
    expect((await failure(f.fetch(`${s.url}/`))).kind).toBe('blocked');
    expect((await failure(f.fetch('file:///etc/passwd'))).kind).toBe('blocked');
    expect((await failure(f.fetch('gopher://127.0.0.1:70/'))).kind).toBe('blocked');
    const g = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`] });
    expect((await failure(g.fetch(`http://user:pw@127.0.0.1:${s.port}/`))).kind).toBe('blocked');
    expect(s.connections()).toBe(0);
  });
});

describe('redirects', () => {
  it('follows a relative redirect and reports the final URL', async () => {
    const s = await server((req, res) => {
      if (req.url === '/a') {
        res.writeHead(301, { location: '/b' });
        res.end();
      } else res.end(`at ${req.url}`);
    });
    const r = await fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`] }).fetch(`${s.url}/a`);
    expect(r.body).toBe('at /b');
    expect(r.url).toBe(`${s.url}/b`);
  });

  it('refuses redirects to a private address, file: and gopher:', async () => {
    const canary = await server();
    for (const location of [`http://127.0.0.1:${canary.port}/`, 'file:///etc/passwd', 'gopher://example.com/']) {
      const s = await server((_req, res) => {
        res.writeHead(302, { location });
        res.end();
      });
      // The redirecting server is allow-listed by host:port; the canary's port is allowed but its address is not.
      const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`], allowPorts: [canary.port] });
      expect((await failure(f.fetch(`${s.url}/`))).kind).toBe('blocked');
    }
    expect(canary.connections()).toBe(0);
  });

  it('stops redirect loops and long chains', async () => {
    const loop = await server((req, res) => {
      res.writeHead(302, { location: req.url === '/x' ? '/y' : '/x' });
      res.end();
    });
    const chain = await server((req, res) => {
      res.writeHead(302, { location: `/${Number(req.url!.slice(1)) + 1}` });
      res.end();
    });
    const f = fetcher({ allowPrivateHosts: ['127.0.0.1'], allowPorts: [loop.port, chain.port] });
    expect((await failure(f.fetch(`${loop.url}/x`))).message).toMatch(/loop/);
    expect((await failure(f.fetch(`${chain.url}/0`))).message).toMatch(/more than 5 redirects/);
  });
});

describe('limits', () => {
  const big = Buffer.alloc(2 * 1024 * 1024, 'a');

  it('refuses an oversized body with and without Content-Length', async () => {
    const s = await server((req, res) => {
      if (req.url === '/chunked') {
        res.write(big);
        res.end(big);
      } else res.end(big);
    });
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`], maxPageBytes: 1024 * 1024 });
    expect((await failure(f.fetch(`${s.url}/sized`))).kind).toBe('too_large');
    expect((await failure(f.fetch(`${s.url}/chunked`))).kind).toBe('too_large');
  });

  it('applies the feed cap to feeds and the page cap to pages', async () => {
    const s = await server((_req, res) => res.end(Buffer.alloc(3000, 'a')));
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`], maxFeedBytes: 2000, maxPageBytes: 4000 });
    expect((await failure(f.fetch(`${s.url}/`, { expect: 'feed' }))).kind).toBe('too_large');
    expect((await f.fetch(`${s.url}/`, { expect: 'page' })).bytes).toBe(3000);
  });

  it('stops a gzip bomb at the decompressed cap', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const s = await server((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' });
      res.end(bomb);
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`], maxPageBytes: 1024 * 1024 });
    expect((await failure(f.fetch(`${s.url}/`))).kind).toBe('too_large');
  });

  it('decodes gzip, br and two stacked encodings, and refuses three', async () => {
    const text = Buffer.from('<p>11,000 soldiers</p>');
    const s = await server((req, res) => {
      if (req.url === '/gzip') res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(text));
      else if (req.url === '/br') res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(text));
      else if (req.url === '/two')
        res.writeHead(200, { 'content-encoding': 'gzip, br' }).end(brotliCompressSync(gzipSync(text)));
      else res.writeHead(200, { 'content-encoding': 'gzip, gzip, gzip' }).end(gzipSync(gzipSync(gzipSync(text))));
    });
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`] });
    for (const path of ['/gzip', '/br', '/two']) expect((await f.fetch(`${s.url}${path}`)).body).toBe(text.toString());
    expect((await failure(f.fetch(`${s.url}/three`))).message).toMatch(/stacked/);
  });

  it('ends a slow-drip body at the total deadline', async () => {
    const s = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('.'), 50);
      res.on('close', () => clearInterval(timer));
    });
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`], timeoutMs: 600 });
    expect((await failure(f.fetch(`${s.url}/`))).kind).toBe('timeout');
  });

  it('times out on a server that never answers', async () => {
    const s = await server(() => {});
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`], timeoutMs: 400 });
    expect((await failure(f.fetch(`${s.url}/`))).kind).toBe('timeout');
  });

  it('refuses oversized response headers', async () => {
    const s = await server((_req, res) => res.writeHead(200, { 'x-big': 'a'.repeat(64 * 1024) }).end('x'));
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`], maxHeaderSize: 16 * 1024 });
    expect((await failure(f.fetch(`${s.url}/`))).kind).toBe('too_large');
  });
});

describe('HTTP semantics', () => {
  it('sends conditional headers, a polite User-Agent, no cookies or Authorization, and reports 304', async () => {
    const seen: Record<string, string | undefined>[] = [];
    const s = await server((req, res) => {
      seen.push({ ...req.headers } as Record<string, string | undefined>);
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"v1"', 'last-modified': 'Mon, 30 Nov 2026 10:00:00 GMT' }).end('feed');
    });
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`] });
    const first = await f.fetch(`${s.url}/`);
    expect(first.etag).toBe('"v1"');
    const second = await f.fetch(`${s.url}/`, { etag: first.etag, lastModified: first.lastModified });
    expect(second.notModified).toBe(true);
    expect(second.status).toBe(304);
    expect(seen[1]?.['if-modified-since']).toBe('Mon, 30 Nov 2026 10:00:00 GMT');
    expect(seen[0]?.['user-agent']).toMatch(/^Parallax\/0\.1 \(\+https:\/\/github.com\/parallax-news\/parallax/);
    expect(seen[0]?.cookie).toBeUndefined();
    expect(seen[0]?.authorization).toBeUndefined();
  });

  it('types 429 with Retry-After, 404 and 500', async () => {
    const s = await server((req, res) => {
      if (req.url === '/429') res.writeHead(429, { 'retry-after': '120' }).end();
      else if (req.url === '/404') res.writeHead(404).end();
      else res.writeHead(500).end();
    });
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`] });
    const limited = await failure(f.fetch(`${s.url}/429`));
    expect(limited.kind).toBe('rate_limited');
    expect(limited.retryAfterMs).toBe(120_000);
    expect((await failure(f.fetch(`${s.url}/404`))).kind).toBe('http_4xx');
    expect((await failure(f.fetch(`${s.url}/500`))).kind).toBe('http_5xx');
  });

  it('reports HTML served where a feed was expected as not_a_feed', async () => {
    const s = await server((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html></html>'),
    );
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`] });
    expect((await failure(f.fetch(`${s.url}/`, { expect: 'feed' }))).kind).toBe('not_a_feed');
  });

  it('reports a name that does not resolve as dns', async () => {
    const notFound: LookupFunction = (host, _options, cb) =>
      cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }), '');
    const err = await failure(fetcher({ lookup: notFound }).fetch('http://no-such-outlet.example/'));
    expect(err.kind).toBe('dns');
  });

  it('reports a refused connection as connection', async () => {
    const s = await server();
    await s.close();
    cleanups.pop();
    const f = fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`] });
    expect((await failure(f.fetch(`${s.url}/`))).kind).toBe('connection');
  });
});

describe('charsets', () => {
  const russian = 'Около 11 000 северокорейских военных';
  const korean = '북한군 약 1만1천명 파병';

  async function serve(body: Buffer, contentType: string) {
    const s = await server((_req, res) => res.writeHead(200, { 'content-type': contentType }).end(body));
    return fetcher({ allowPrivateHosts: [`127.0.0.1:${s.port}`] }).fetch(`${s.url}/`);
  }

  it('decodes windows-1251 declared in the HTTP header only', async () => {
    const r = await serve(iconv.encode(`<p>${russian}</p>`, 'windows-1251'), 'text/html; charset=windows-1251');
    expect(r.body).toBe(`<p>${russian}</p>`);
    expect(r.charset).toBe('windows-1251');
  });

  it('decodes windows-1251 declared in the XML declaration only', async () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss><title>${russian}</title></rss>`;
    const r = await serve(iconv.encode(xml, 'windows-1251'), 'application/rss+xml');
    expect(r.body).toContain(russian);
  });

  it('decodes EUC-KR from <meta charset>', async () => {
    const html = `<html><head><meta charset="euc-kr"></head><body>${korean}</body></html>`;
    const r = await serve(iconv.encode(html, 'euc-kr'), 'text/html');
    expect(r.body).toContain(korean);
  });

  it('lets a UTF-16LE byte-order mark win over a wrong header', async () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(russian, 'utf-16le')]);
    const r = await serve(body, 'text/plain; charset=iso-8859-1');
    expect(r.body).toBe(russian);
    expect(r.charset).toBe('utf-16le');
  });

  it('types an unknown charset label', async () => {
    const err = await failure(serve(Buffer.from('x'), 'text/html; charset=x-klingon'));
    expect(err.kind).toBe('charset');
  });
});
