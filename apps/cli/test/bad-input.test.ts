import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from '@parallax/shared';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { fails, ok, root, slow } from './run-cli.js';

/** Each bad input a user may hand the command line: one line on stderr naming the problem, and a non-zero exit. */

const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const ARTICLE = `<!doctype html><html lang="en"><head><title>Troops in Kursk</title></head><body><main><article>
<h1>Troops in Kursk</h1>
<p>South Korea's spy agency said about 11,000 North Korean troops are in Russia's Kursk region, lawmakers were told on Wednesday.</p>
<p>The agency told the intelligence committee in Seoul that the soldiers had been training near the front line since October.</p>
<p>Officials in Kyiv have said the troops are being prepared to help Russian forces push Ukrainian units out of the region.</p>
</article></main></body></html>`;

/** The first bytes of an x86-64 ELF executable followed by machine code and a string table with numbers in it. */
const executable = fixture(
  'program',
  Buffer.concat([
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]),
    Buffer.alloc(200, 0),
    Buffer.from('1,000 troops 2,500 soldiers 40 tanks\0GLIBC_2.34\0'),
  ]),
);
const pageGz = fixture('page.html.gz', gzipSync(ARTICLE));
const textGz = fixture(
  'reference.txt.gz',
  gzipSync("South Korea's spy agency said about 11,000 troops are in Kursk.\n"),
);
const values = (figures: readonly Figure[]) => figures.map((f) => f.value);

describe.concurrent('binary and empty input', slow, () => {
  it('refuses an executable in every command', async ({ expect }) => {
    expect(await fails(['text', executable])).toBe(`parallax: ${executable}: binary data, not text or HTML`);
    expect(await fails(['extract', executable])).toMatch(/binary data/);
    expect(await fails(['compare', '--reference', executable, executable])).toMatch(/binary data/);
  });

  it('refuses binary standard input', async ({ expect }) => {
    expect(await fails(['extract', '-'], { stdin: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]) })).toBe(
      'parallax: standard input: binary data, not text or HTML',
    );
  });

  it('refuses an empty file and blank standard input', async ({ expect }) => {
    const empty = fixture('empty.txt', '');
    expect(await fails(['extract', empty])).toBe(`parallax: ${empty}: empty input`);
    expect(await fails(['text', '-'], { stdin: '  \n\n' })).toBe('parallax: standard input: empty input');
  });

  it('refuses a corrupt .gz', async ({ expect }) => {
    const broken = fixture('broken.html.gz', gzipSync(ARTICLE).subarray(0, 40));
    expect(await fails(['text', broken])).toMatch(/not readable gzip/);
  });
});

describe.concurrent('.gz is read by every command', slow, () => {
  it('extract reads a .html.gz as the page it holds', async ({ expect }) => {
    expect(values(JSON.parse(await ok(['extract', pageGz])).figures)).toEqual([11_000]);
  });

  it('text and compare read .gz too', async ({ expect }) => {
    expect(await ok(['text', pageGz])).toContain('about 11,000 North Korean troops');
    const output = JSON.parse(await ok(['compare', '--format', 'json', '--reference', textGz, pageGz]));
    expect(output.articles[0].discrepancies.map((d: { kind: string }) => d.kind)).toEqual(['agrees']);
  });
});

describe.concurrent('arguments', slow, () => {
  it('refuses a language the reader does not know', async ({ expect }) => {
    expect(await fails(['extract', '--lang', 'xx', pageGz])).toMatch(/'xx' is invalid\. expected one of en, fr, de/);
    const line = await ok(['extract', '--jsonl'], { stdin: '{"text":"250 people left.","lang":"xx"}\n' });
    expect(JSON.parse(line)).toMatchObject({ error: expect.stringMatching(/expected one of/), figures: [] });
  });

  it('an unknown option, an unknown command and no command are one line, without the usage', async ({ expect }) => {
    expect(await fails(['extract', '--colour', pageGz])).toBe("parallax: unknown option '--colour'");
    expect(await fails(['extrakt', pageGz])).toMatch(/^parallax: unknown command 'extrakt'/);
    expect(await fails([])).toMatch(/a command is needed/);
    expect(await fails(['text'])).toBe("parallax: missing required argument 'source'");
  });

  it('prints the usage with --help and the version with --version, exit 0', async ({ expect }) => {
    expect(await ok(['--help'])).toMatch(/^Usage: parallax/);
    expect((await ok(['--version'])).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('a missing file or a folder is named in one line, without ENOENT', async ({ expect }) => {
    const missing = join(dir, 'nothing-here.html');
    expect(await fails(['text', missing])).toBe(`parallax: ${missing}: no such file`);
    expect(await fails(['extract', dir])).toBe(`parallax: ${dir}: is a directory, not a file`);
    const settings = await fails(['compare', '--settings', missing, '--reference', pageGz, pageGz]);
    expect(settings).toBe(`parallax: --settings ${missing}: no such file`);
  });
});

describe.concurrent('output', slow, () => {
  it('has no colour codes when piped, NO_COLOR or not', async ({ expect }) => {
    const table = await ok(['extract', '--format', 'table', pageGz], { env: { NO_COLOR: '', FORCE_COLOR: '' } });
    expect(table).toContain('11000');
    expect(table).not.toContain('\u001b[');
  });

  it('ends quietly, exit 0, when the reader closes the pipe (| head)', async ({ expect }) => {
    const many = fixture(
      'many.txt',
      Array.from({ length: 3000 }, (_, i) => `Officials said ${i + 2} soldiers arrived in wave ${i + 1}.`).join(' '),
    );
    const run = await readFirstChunkThenClose(['extract', many]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

/** `parallax … | head -c …`: the reader takes the first chunk and closes its end. */
function readFirstChunkThenClose(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/parallax.mjs'), ...args], {
      cwd: root,
      env: { ...process.env, PARALLAX_FROM_SOURCE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the user command outside the Parallax folder', slow, () => {
  it('lists nothing and creates no data folder there', async ({ expect }) => {
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    const env = { PARALLAX_DATA_DIR: '', DATABASE_URL: '' };
    expect(await fails(['user', 'list'], { cwd: elsewhere, env })).toMatch(/no Parallax store at .*elsewhere/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});

describe('URLs on private addresses', slow, () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('are refused, with the way to read one on purpose', async ({ expect }) => {
    expect(await fails(['text', url])).toMatch(/is not allowed \(--allow-host reads a private address on purpose\)$/);
  });

  it('are read with --allow-host host:port', async ({ expect }) => {
    const host = new URL(url).host;
    expect(await ok(['text', '--allow-host', host, url])).toContain('about 11,000 North Korean troops');
  });
});
