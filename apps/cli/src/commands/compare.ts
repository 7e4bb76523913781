import { readFile } from 'node:fs/promises';
import { type AnalysedText, analyseText, type CompareOptions, compareArticle, vocabularyOf } from '@parallax/core';
import {
  type ArticleComparison,
  type ComparedDiscrepancy,
  type CompareOutput,
  type ComparisonSettings,
  comparisonSettingsOf,
  type DiffPart,
  type Figure,
} from '@parallax/shared/schemas';
import Table from 'cli-table3';
import type { Command } from 'commander';
import { addInputOptions, fileProblem, type InputOptions, mainTextOf, readSource } from '../input.js';
import { tableStyle } from '../output.js';

interface CompareCommandOptions extends InputOptions {
  reference: string;
  format: 'json' | 'table';
  settings?: string;
}

/** An input's text (its main article text when it is a page) analysed for figures, in its detected language. */
async function analyseInput(input: string, options: InputOptions): Promise<AnalysedText> {
  const { text, title } = mainTextOf((await readSource(input, options)).text, input);
  return analyseText(text, { title });
}

/** A zod error's issues on one line, each with the path of its key ("widths.approximate: …"). */
function issuesOf(err: unknown): string | null {
  const issues = (err as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues)) return null;
  return issues
    .map((i: { path?: PropertyKey[]; message?: string }) => {
      const path = (i.path ?? []).map(String).join('.');
      return `${path || '(settings)'}: ${i.message ?? 'invalid'}`;
    })
    .join('; ');
}

/**
 * The comparison options of a story's settings file (`{"widths", "places", "authorities"}`, other keys
 * ignored), checked as the worker checks a story's settings; a bad key is refused with its path.
 */
async function settingsOptions(path: string): Promise<CompareOptions> {
  const fail = (problem: string): never => {
    throw new Error(`--settings ${path}: ${problem}`);
  };
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (err) {
    return fail(fileProblem(err));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (err) {
    return fail(`not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('expected a JSON object');
  let settings: ComparisonSettings;
  try {
    settings = comparisonSettingsOf(raw as Record<string, unknown>);
  } catch (err) {
    return fail(issuesOf(err) ?? (err instanceof Error ? err.message : String(err)));
  }
  const { widths, places, authorities } = settings;
  return { widths, vocabulary: vocabularyOf({ places, authorities }) };
}

function figureCell(figure: Figure | null): string {
  if (!figure) return '—';
  const scope = [figure.counted, figure.location ? `in ${figure.location}` : null].filter(Boolean).join(' ');
  return [figure.text, scope, figure.source ? `(${figure.source})` : null].filter(Boolean).join('\n');
}

/** One side of a word diff: text both share plain, text only this side has in brackets. */
function diffSide(parts: readonly DiffPart[], side: 'delete' | 'insert'): string {
  return parts
    .filter((p) => p.op === 'equal' || p.op === side)
    .map((p) => (p.op === 'equal' ? p.text : `[${p.text}]`))
    .join('');
}

function sentenceCells(d: ComparedDiscrepancy): [string, string] {
  // Sentences with nothing in common read better plain than bracketed whole.
  if (d.diff?.some((p) => p.op === 'equal')) return [diffSide(d.diff, 'delete'), diffSide(d.diff, 'insert')];
  return [d.reference?.sentence ?? '—', d.article?.sentence ?? '—'];
}

function renderComparison(comparison: ArticleComparison, width: number): string {
  const header = [
    `${comparison.input} (${comparison.language})${comparison.title ? ` — ${comparison.title}` : ''}`,
    `relevance ${comparison.relevance.toFixed(2)}${comparison.relevant ? '' : ' — not about this story, no figures compared'}` +
      (comparison.relevanceTerms.length ? `: ${comparison.relevanceTerms.slice(0, 10).join(', ')}` : ''),
  ];
  if (!comparison.relevant) return header.join('\n');
  const sentenceWidth = Math.max(24, Math.floor((width - 60) / 2));
  const table = new Table({
    head: ['kind', 'severity', 'reference', 'article', 'reference sentence', 'article sentence'],
    colWidths: [18, 10, 16, 16, sentenceWidth, sentenceWidth],
    wordWrap: true,
    style: tableStyle(),
  });
  for (const d of comparison.discrepancies) {
    const [refSentence, artSentence] = sentenceCells(d);
    const kind = d.note ? `${d.kind}\n${d.note}` : d.kind;
    table.push([kind, d.severity.toFixed(2), figureCell(d.reference), figureCell(d.article), refSentence, artSentence]);
  }
  return [...header, table.toString()].join('\n');
}

export function registerCompareCommand(program: Command): void {
  const command = program
    .command('compare')
    .description("Compare outlets' articles with the story's reference article, figure by figure")
    .requiredOption('--reference <file|url>', "the story's reference article (HTML or text)")
    .option('--format <format>', 'json (CompareOutput) or table', 'table')
    .option('--settings <file>', 'a story\'s settings as JSON: {"widths", "places", "authorities"} for the comparison')
    .argument('<articles...>', 'articles to compare (files or URLs, HTML or text, any supported language)');
  addInputOptions(command).action(async (articles: string[], options: CompareCommandOptions) => {
    if (options.format !== 'json' && options.format !== 'table') throw new Error('--format is json or table');
    const compareOptions = options.settings ? await settingsOptions(options.settings) : {};
    const reference = await analyseInput(options.reference, options);
    const comparisons: ArticleComparison[] = [];
    for (const input of articles) {
      comparisons.push(compareArticle(reference, await analyseInput(input, options), input, compareOptions));
    }
    if (options.format === 'json') {
      const output: CompareOutput = {
        reference: { input: options.reference, language: reference.language, figures: reference.figures },
        articles: comparisons,
      };
      process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
      return;
    }
    const width = process.stdout.columns ?? 160;
    process.stdout.write(`${comparisons.map((c) => renderComparison(c, width)).join('\n\n')}\n`);
  });
}
