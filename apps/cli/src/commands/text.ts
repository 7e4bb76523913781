import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '@parallax/core';
import { guardedFetch } from '@parallax/fetch';
import type { Command } from 'commander';

interface TextOptions {
  json?: boolean;
}

export function registerTextCommand(program: Command): void {
  program
    .command('text')
    .description("Print an article page's main text (headline on the first line when known)")
    .argument('<source>', 'an HTML file (optionally .gz), a http(s) URL, or - for stdin')
    .option('--json', 'print the whole extraction result as JSON')
    .action(async (source: string, options: TextOptions) => {
      const { html, url } = await readPage(source);
      const article = extractArticle(html, url ? { url } : {});
      if (options.json) {
        process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
        return;
      }
      const lines = article.title ? [article.title, article.text] : [article.text];
      process.stdout.write(`${lines.filter((line) => line !== '').join('\n')}\n`);
      if (article.status !== 'ok') process.stderr.write(`parallax text: ${article.status}: ${article.reason}\n`);
    });
}

async function readPage(source: string): Promise<{ html: string; url?: string }> {
  if (/^https?:\/\//i.test(source)) return { html: await fetchPage(source), url: source };
  const bytes = source === '-' ? await readStdin() : await readFile(source);
  // Gzip by magic number, so a .gz file and gzipped stdin both work.
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return { html: raw.toString('utf8') };
}

// The guarded fetcher: address policy, size and time limits, charset decoding; it throws a typed FetchError.
async function fetchPage(url: string): Promise<string> {
  return (await guardedFetch(url, { expect: 'page' })).body;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
