import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `parallax feed` as an operator runs it, from the build (the worker's CPU threads load built code). */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = (name: string) => fileURLToPath(new URL(`../../worker/test/feed-corpus/${name}`, import.meta.url));

function parallax(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/parallax.mjs', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const FEED = `<?xml version="1.0"?><rss><channel><title>Loopback \u001b[31m outlet</title>
<item><title>Kept</title><link>https://loop.example/kept</link></item>
<item><title>No link</title><guid isPermaLink="false">x-1</guid></item></channel></rss>`;
const server = createServer((req, res) => {
  if (req.url === '/feed.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
  else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body>a page</body></html>');
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('parallax feed', () => {
  it('prints the items kept, the items skipped with their reasons, and the verdict of a file', async () => {
    const run = await parallax(['feed', corpus('rss-guid-permalink.xml')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kept 3:');
    expect(run.stdout).toContain('https://permalink.example/only-guid');
    expect(run.stdout).toMatch(/skipped 1:\n {2}item 4 "GUID not a permalink, no link": no link/);
    expect(run.stdout).toMatch(/verdict: partial\n$/);
  });

  it('reads a URL through the guarded fetcher: refused on loopback unless allowed, escaped on the terminal', async () => {
    const refused = await parallax(['feed', `${base}/feed.xml`]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/verdict: refused \(blocked\)/);
    const allowed = await parallax(['feed', '--allow-private', `${base}/feed.xml`]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('"Loopback \\u001b[31m outlet"');
    expect(allowed.stdout).not.toContain('\u001b');
    expect(allowed.stdout).toMatch(/kept 1:[\s\S]*skipped 1:[\s\S]*verdict: partial/);
  });

  it('calls an HTML page not a feed, with exit code 1', async () => {
    const run = await parallax(['feed', '--json', '--allow-private', `${base}/page`]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ verdict: 'refused', failure: { kind: 'not_a_feed' } });
  });

  it('refuses a missing, an empty and a binary file in one line, exit 1, and reads a .gz', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-feed-cli-'));
    try {
      const empty = join(dir, 'empty.xml');
      writeFileSync(empty, '  \n');
      const gz = join(dir, 'feed.xml.gz');
      writeFileSync(gz, gzipSync(readFileSync(corpus('rss-guid-permalink.xml'))));
      const missing = join(dir, 'nowhere.xml');
      const runs = await Promise.all([missing, empty, process.execPath, gz].map((f) => parallax(['feed', f])));
      expect(runs.map((r) => [r.code, r.stdout, r.stderr])).toEqual([
        [1, '', `parallax: ${missing}: no such file\n`],
        [1, '', `parallax: ${empty}: empty input\n`],
        [1, '', `parallax: ${process.execPath}: binary data, not text or HTML\n`],
        [0, expect.stringMatching(/kept 3:[\s\S]*verdict: partial\n$/), ''],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
