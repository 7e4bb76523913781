import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { type DemoOutlet, describeOutlet } from './demo-outlet.js';
import { loadOutlets } from './load-content.js';
import { buildSiteRoutes, type SiteResource } from './site-routes.js';

export interface DemoOutletsOptions {
  /** 0 (the default) picks any free port. */
  port?: number;
  host?: string;
  /** How long corrected articles keep serving their first version; 90 s by default. */
  versionDelayMs?: number;
  /**
   * When the demo's clock began (ms since the epoch; now by default). A restart passes the first start's time,
   * so an article that was corrected before the restart is served corrected at once, never its first version.
   */
  startedAt?: number;
}

export interface DemoOutletsServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:4010 */
  url: string;
  port: number;
  outlets: DemoOutlet[];
  close(): Promise<void>;
  /** Switches corrected articles to their second version now, instead of waiting for versionDelayMs. */
  advanceVersions(): void;
}

const DEFAULT_VERSION_DELAY_MS = 90_000;

/** An entity tag as the client sent it, reduced to the identity validator (weak prefix and -gzip suffix off). */
function baseEtag(tag: string): string {
  return tag
    .trim()
    .replace(/^W\//, '')
    .replace(/-gzip"$/, '"');
}

function isNotModified(req: IncomingMessage, resource: SiteResource): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    // RFC 9110: when If-None-Match is present, If-Modified-Since is ignored.
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => baseEtag(tag) === resource.etag);
  }
  const ifModifiedSince = req.headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds, so compare at that precision.
  return !Number.isNaN(since) && Math.floor(resource.lastModified.getTime() / 1000) * 1000 <= since;
}

function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    if (coding?.trim().toLowerCase() !== 'gzip') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function sendNotFound(res: ServerResponse, head: boolean): void {
  const body =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><h1>404 Not found</h1></body></html>';
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(head ? undefined : body);
}

/**
 * Serves the demo outlets' front pages, feeds and article pages. Everything is rendered once at start for both
 * site versions; a request only picks the version and the encoding.
 */
export async function startDemoOutlets(options: DemoOutletsOptions = {}): Promise<DemoOutletsServer> {
  const host = options.host ?? '127.0.0.1';
  const versionDelayMs = options.versionDelayMs ?? DEFAULT_VERSION_DELAY_MS;
  const outlets = loadOutlets();
  const startedAt = options.startedAt ?? Date.now();
  let advanced = false;
  let routesByVersion: [Map<string, SiteResource>, Map<string, SiteResource>] | undefined;
  const gzipped = new WeakMap<SiteResource, Buffer>();

  const currentRoutes = (): Map<string, SiteResource> | undefined => {
    if (!routesByVersion) return undefined;
    const atSecondVersion = advanced || Date.now() - startedAt >= versionDelayMs;
    return routesByVersion[atSecondVersion ? 1 : 0];
  };

  const server = createServer((req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://demo.invalid').pathname;
    const routes = currentRoutes();
    const resource = routes?.get(path);
    if (!routes || !resource) {
      if (routes?.has(`${path}/`)) {
        res.writeHead(301, { Location: `${path}/` });
        res.end();
        return;
      }
      sendNotFound(res, head);
      return;
    }
    const gzip = acceptsGzip(req);
    const headers: Record<string, string | number> = {
      'Content-Type': resource.contentType,
      ETag: gzip ? resource.etag.replace(/"$/, '-gzip"') : resource.etag,
      'Last-Modified': resource.lastModified.toUTCString(),
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (isNotModified(req, resource)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    let body = resource.body;
    if (gzip) {
      body = gzipped.get(resource) ?? gzipSync(resource.body);
      gzipped.set(resource, body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(head ? undefined : body);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  routesByVersion = [buildSiteRoutes(outlets, url, 1), buildSiteRoutes(outlets, url, 2)];

  return {
    url,
    port,
    outlets: outlets.map((outlet) => describeOutlet(outlet, url)),
    advanceVersions: () => {
      advanced = true;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
