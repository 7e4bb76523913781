// Main-text extraction scored on the two development sets in ../shared (the article-extraction benchmark's 88
// pages and Dragnet's 1,381), in process, by the benchmark's own score.mjs metric. Shared by `npm run eval --
// text` (eval/run-text.ts, which also scores Readability in the same run) and the CI guard
// (test/eval/text-extraction.test.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const sharedDir = new URL('../../shared/', import.meta.url).pathname;
const benchmarkDir = join(sharedDir, 'article-extraction-benchmark');

export interface TextSet {
  name: string;
  dir: string;
  /** Which half a page is in, when the set is split into a half to tune on and a half held out. */
  half?: (id: string) => Half;
  /** F1 the extractor must reach on this set. */
  targetF1: number;
  /** Share of pages the extractor may leave empty. */
  maxEmptyShare: number;
}

export const TEXT_SETS: readonly TextSet[] = [
  { name: 'benchmark (88 pages)', dir: benchmarkDir, targetF1: 0.96, maxEmptyShare: 0.01 },
  {
    name: 'Dragnet (1,381 pages)',
    dir: join(sharedDir, 'text-dev', 'dragnet'),
    targetF1: 0.92,
    maxEmptyShare: 0.01,
    half: dragnetHalf,
  },
];

export type Half = 'development' | 'held-out';

/**
 * Dragnet split in two: rules are tuned on the development half and checked on the held-out one. Consecutive ids
 * often come from one site, so the split is by blocks of 20 consecutive ids (R0–R19 development, R20–R39 held
 * out, ...; the same for T ids and bare numbers), which keeps most sites on one side: 689 pages against 692.
 * (The benchmark's 88 pages are already its development half; its other half is not in ../shared.)
 */
export function dragnetHalf(id: string): Half {
  const number = Number(/\d+$/.exec(id)?.[0] ?? 0);
  return Math.floor(number / 20) % 2 === 0 ? 'development' : 'held-out';
}

/** One line saying which set is missing, or null when both are beside the checkout. */
export function missingTextSets(): string | null {
  const missing = TEXT_SETS.filter((set) => !existsSync(join(set.dir, 'ground-truth.json')));
  if (missing.length === 0 && existsSync(join(benchmarkDir, 'score.mjs'))) return null;
  const names = missing.length > 0 ? missing.map((set) => set.dir).join(', ') : join(benchmarkDir, 'score.mjs');
  return `the main-text development sets are not beside this checkout (missing ${names}); put ../shared next to it`;
}

export interface Page {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export function loadPages(set: TextSet): Page[] {
  const gt = JSON.parse(readFileSync(join(set.dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const htmlDir = join(set.dir, 'html');
  const files = new Set(readdirSync(htmlDir));
  return Object.entries(gt).map(([id, entry]) => {
    const gz = `${id}.html.gz`;
    const raw = files.has(gz) ? gunzipSync(readFileSync(join(htmlDir, gz))) : readFileSync(join(htmlDir, `${id}.html`));
    return { id, url: entry.url ?? '', html: raw.toString('utf8'), truth: entry.articleBody ?? '' };
  });
}

export type Extractor = (html: string, url: string) => string;

export interface SetScore {
  f1: number;
  precision: number;
  recall: number;
  pages: number;
  empty: number;
  emptyIds: string[];
  rows: { id: string; f1: number; precision: number | null; recall: number | null; predTokens: number }[];
}

interface ScoreModule {
  evaluate: (
    truth: Record<string, string>,
    pred: Record<string, string>,
    options: { nBootstrap: number },
  ) => { metrics: { f1: number; precision: number; recall: number }; rows: SetScore['rows'] };
  tokenize: (text: string) => string[];
}

let scoreModule: Promise<ScoreModule> | undefined;

/** The benchmark's own scorer, loaded from ../shared so the metric is exactly the published one. */
function loadScorer(): Promise<ScoreModule> {
  scoreModule ??= import(pathToFileURL(join(benchmarkDir, 'score.mjs')).href) as Promise<ScoreModule>;
  return scoreModule;
}

export async function scoreExtractor(pages: readonly Page[], extract: Extractor): Promise<SetScore> {
  const { evaluate, tokenize } = await loadScorer();
  const truth: Record<string, string> = {};
  const pred: Record<string, string> = {};
  for (const page of pages) {
    truth[page.id] = page.truth;
    let text = '';
    try {
      text = extract(page.html, page.url);
    } catch {
      text = '';
    }
    pred[page.id] = text;
  }
  const { metrics, rows } = evaluate(truth, pred, { nBootstrap: 0 });
  const emptyIds = pages.filter((page) => tokenize(pred[page.id] ?? '').length === 0).map((page) => page.id);
  return { ...metrics, pages: pages.length, empty: emptyIds.length, emptyIds, rows };
}

/** The set's score on the pages of one half, from the per-page rows, as the scorer averages them. */
export function scoreOfHalf(set: TextSet, score: SetScore, half: Half): HalfScore {
  const rows = score.rows.filter((row) => set.half?.(row.id) === half);
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
  const precision = mean(rows.flatMap((row) => (row.precision === null ? [] : [row.precision])));
  const recall = mean(rows.flatMap((row) => (row.recall === null ? [] : [row.recall])));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const empty = score.emptyIds.filter((id) => set.half?.(id) === half).length;
  return { f1, precision, recall, pages: rows.length, empty };
}

export type HalfScore = Pick<SetScore, 'f1' | 'precision' | 'recall' | 'pages' | 'empty'>;

/** Why a score misses its set's targets, or an empty list when it meets them. */
export function missedTargets(set: TextSet, score: SetScore): string[] {
  const misses: string[] = [];
  if (score.f1 < set.targetF1) misses.push(`${set.name}: F1 ${score.f1.toFixed(3)} < ${set.targetF1}`);
  const allowed = Math.floor(score.pages * set.maxEmptyShare);
  if (score.empty > allowed) misses.push(`${set.name}: ${score.empty} empty pages > ${allowed}`);
  return misses;
}
