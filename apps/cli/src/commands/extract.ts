import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { extractFigures } from '@parallax/core';
import type { ExtractionResult } from '@parallax/shared';
import type { SupportedLanguage } from '@parallax/shared/schemas';
import Table from 'cli-table3';
import type { Command } from 'commander';
import { addInputOptions, type InputOptions, mainTextOf, parseLanguage, readSource } from '../input.js';
import { tableStyle } from '../output.js';

interface ExtractCommandOptions extends InputOptions {
  lang?: SupportedLanguage;
  format: 'json' | 'table';
  jsonl?: boolean;
}

function renderTable(result: ExtractionResult): string {
  const table = new Table({
    head: ['figure', 'value', 'interval', 'qualifier', 'category', 'counted', 'location', 'source', 'proj.'],
    wordWrap: true,
    colWidths: [22, 14, 22, 12, 11, 22, 12, 22, 6],
    style: tableStyle(),
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
      const lang = typeof item.lang === 'string' && item.lang ? parseLanguage(item.lang) : defaultLang;
      out = JSON.stringify(extractFigures(text, lang ? { lang } : {}));
    } catch (err) {
      out = JSON.stringify({ error: err instanceof Error ? err.message : String(err), figures: [], claims: [] });
    }
    if (!process.stdout.write(`${out}\n`)) await once(process.stdout, 'drain');
  }
}

export function registerExtractCommand(program: Command): void {
  const command = program
    .command('extract')
    .description('Read the figures and claims of an article (file, URL, or - for standard input).')
    .argument('[input]', 'file, http(s) URL, or - for standard input')
    .option('--lang <code>', 'en, fr, de, es, pt, it or id (detected when absent)', parseLanguage)
    .option('--format <format>', 'json or table', 'json')
    .option('--jsonl', 'read {"text","lang"} objects, one a line, from standard input; write one result a line');
  addInputOptions(command).action(async (input: string | undefined, options: ExtractCommandOptions) => {
    if (options.jsonl) {
      await extractJsonLines(options.lang);
      return;
    }
    if (!input) throw new Error('extract needs an input: a file, a URL, or - for standard input');
    if (options.format !== 'json' && options.format !== 'table') throw new Error('--format is json or table');
    const { text: content } = await readSource(input, options);
    const { text, language } = mainTextOf(content, input);
    const lang = options.lang ?? language ?? undefined;
    const result = extractFigures(text, lang ? { lang } : {});
    if (options.format === 'table') process.stdout.write(`${renderTable(result)}\n`);
    else
      process.stdout.write(
        `${JSON.stringify({ language: result.language, figures: result.figures, claims: result.claims }, null, 2)}\n`,
      );
  });
}
