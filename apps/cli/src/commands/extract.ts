import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { extractArticle, extractFigures } from '@parallax/core';
import { guardedFetch } from '@parallax/fetch';
import type { ExtractionResult } from '@parallax/shared';
import Table from 'cli-table3';
import type { Command } from 'commander';

interface ExtractCommandOptions {
  lang?: string;
  format: 'json' | 'table';
  jsonl?: boolean;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A file, a URL (through the guarded fetcher) or standard input ("-"), as text. */
async function readInput(input: string): Promise<string> {
  if (input === '-') return readStdin();
  if (/^https?:\/\//i.test(input)) return (await guardedFetch(input, { expect: 'page' })).body;
  return readFile(input, 'utf8');
}

function looksLikeHtml(content: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body)/i.test(content) || /<\/(p|div|article|body)>/i.test(content);
}

/** The text to read figures from: a page's main article text, or the input itself. */
function articleText(content: string, input: string): { text: string; language: string | null } {
  if (!looksLikeHtml(content)) return { text: content, language: null };
  const page = extractArticle(content, /^https?:/i.test(input) ? { url: input } : {});
  if (page.status === 'failed') throw new Error(`${input}: no article text found (${page.reason ?? 'unknown reason'})`);
  return { text: page.text, language: page.language };
}

function renderTable(result: ExtractionResult): string {
  const table = new Table({
    head: ['figure', 'value', 'interval', 'qualifier', 'category', 'counted', 'location', 'source', 'proj.'],
    wordWrap: true,
    colWidths: [22, 14, 22, 12, 11, 22, 12, 22, 6],
  });
  for (const f of result.figures) {
    table.push([
      f.text,
      f.value === null ? '—' : `${f.value}${f.unit ? ` ${f.unit}` : ''}`,
      `${f.low ?? '…'} – ${f.high ?? '…'}`,
      f.qualifier,
      f.category,
      f.counted ?? '',
      f.location ?? '',
      f.source ?? '',
      f.projection ? 'yes' : '',
    ]);
  }
  return `language: ${result.language}, ${result.figures.length} figures, ${result.claims.length} claims\n${table.toString()}`;
}

/**
 * One JSON object a line in, one result a line out, in order; each line is answered as soon as it is read so a
 * caller can stream any number of texts through one process.
 */
async function extractJsonLines(defaultLang: string | undefined): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let out: string;
    try {
      const item = JSON.parse(line) as { text?: unknown; lang?: unknown };
      const text = typeof item.text === 'string' ? item.text : '';
      const lang = typeof item.lang === 'string' && item.lang ? item.lang : defaultLang;
      out = JSON.stringify(extractFigures(text, lang ? { lang } : {}));
    } catch (err) {
      out = JSON.stringify({ error: err instanceof Error ? err.message : String(err), figures: [], claims: [] });
    }
    if (!process.stdout.write(`${out}\n`)) await once(process.stdout, 'drain');
  }
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Read the figures and claims of an article (file, URL, or - for standard input).')
    .argument('[input]', 'file, http(s) URL, or - for standard input')
    .option('--lang <code>', 'two-letter language code (detected when absent)')
    .option('--format <format>', 'json or table', 'json')
    .option('--jsonl', 'read {"text","lang"} objects, one a line, from standard input; write one result a line')
    .action(async (input: string | undefined, options: ExtractCommandOptions) => {
      if (options.jsonl) {
        await extractJsonLines(options.lang);
        return;
      }
      if (!input) throw new Error('extract needs an input: a file, a URL, or - for standard input');
      if (options.format !== 'json' && options.format !== 'table') throw new Error('--format is json or table');
      const content = await readInput(input);
      const { text, language } = articleText(content, input);
      const lang = options.lang ?? language ?? undefined;
      const result = extractFigures(text, lang ? { lang } : {});
      if (options.format === 'table') process.stdout.write(`${renderTable(result)}\n`);
      else
        process.stdout.write(
          `${JSON.stringify({ language: result.language, figures: result.figures, claims: result.claims }, null, 2)}\n`,
        );
    });
}
