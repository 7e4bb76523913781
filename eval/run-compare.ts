// Scores the comparison engine against the labelled set in eval/compare (labels.json + articles/*.txt).
// For each case: extract, compare with the reference, match each expected entry to the predicted
// discrepancy whose article figure (or, for omitted, reference figure) overlaps the labelled substring.
// Prints a markdown table per language and writes eval/results/compare.json.
// Run: npx tsx --conditions=source eval/run-compare.ts [--verbose]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyseText, compareArticle, vocabularyOf } from '@parallax/core';
import type { ArticleComparison, ComparedDiscrepancy, DiscrepancyKind, Figure } from '@parallax/shared';

export interface ExpectedDiscrepancy {
  kind: DiscrepancyKind;
  article: string | null;
  reference: string | null;
}

export interface CompareCase {
  id: string;
  lang: string;
  file: string;
  relevant: boolean;
  note: string;
  expect: ExpectedDiscrepancy[];
}

export interface CaseOutcome {
  id: string;
  lang: string;
  relevantExpected: boolean;
  relevantPredicted: boolean;
  relevance: number;
  entries: { expected: ExpectedDiscrepancy; predicted: DiscrepancyKind | null }[];
  /** Predicted conflicts no labelled entry accounts for. */
  unlabelledConflicts: string[];
}

export interface Scores {
  cases: number;
  relevanceAccuracy: number;
  entries: number;
  kindAccuracy: number;
  conflictsPrecision: number;
  conflictsRecall: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const REFERENCE_PATH = join(root, 'infra/demo/content/reference/reference-article.txt');
/** The first story's places and authorities: the settings file the demo ships with its story. */
const SETTINGS_PATH = join(root, 'infra/demo/content/reference/story-settings.json');

function positions(text: string, needle: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push([at, at + needle.length]);
  return found;
}

const overlaps = (f: Figure, [start, end]: [number, number]) => f.start < end && start < f.end;

/**
 * The predicted discrepancy an expected entry refers to, by where its figure stands in the text. A
 * labelled substring may stand more than once (a headline restating the body): the entry is matched at
 * the occurrence whose discrepancy has the expected kind if there is one, else at the first found.
 */
function matchEntry(
  expected: ExpectedDiscrepancy,
  comparison: ArticleComparison,
  articleText: string,
  referenceText: string,
): ComparedDiscrepancy | null {
  const found: ComparedDiscrepancy[] = [];
  if (expected.article !== null) {
    for (const span of positions(articleText, expected.article)) {
      const hit = comparison.discrepancies.find((d) => d.article && overlaps(d.article, span));
      if (hit) found.push(hit);
    }
  } else if (expected.reference !== null) {
    for (const span of positions(referenceText, expected.reference)) {
      const onReference = comparison.discrepancies.filter((d) => d.reference && overlaps(d.reference, span));
      const hit = onReference.find((d) => d.article === null) ?? onReference[0];
      if (hit) found.push(hit);
    }
  }
  return found.find((d) => d.kind === expected.kind) ?? found[0] ?? null;
}

export function loadCases(): CompareCase[] {
  return JSON.parse(readFileSync(join(here, 'compare/labels.json'), 'utf8')) as CompareCase[];
}

export function runCompareEval(cases: CompareCase[] = loadCases()): CaseOutcome[] {
  const referenceText = readFileSync(REFERENCE_PATH, 'utf8');
  const reference = analyseText(referenceText);
  const vocabulary = vocabularyOf(JSON.parse(readFileSync(SETTINGS_PATH, 'utf8')));
  return cases.map((c) => {
    const articleText = readFileSync(join(here, 'compare', c.file), 'utf8');
    const comparison = compareArticle(reference, analyseText(articleText), c.file, { vocabulary });
    const matched = new Set<ComparedDiscrepancy>();
    const entries = c.expect.map((expected) => {
      const hit = matchEntry(expected, comparison, articleText, referenceText);
      if (hit) matched.add(hit);
      return { expected, predicted: hit?.kind ?? null };
    });
    // A conflict restated (headline and body) is one discrepancy to an editor: counted once.
    const conflictOf = (d: ComparedDiscrepancy) => `${d.reference?.start}:${d.article?.value}`;
    const labelledConflicts = new Set([...matched].filter((d) => d.kind === 'conflicts').map(conflictOf));
    const unlabelledConflicts = comparison.discrepancies
      .filter((d) => d.kind === 'conflicts' && !matched.has(d) && !labelledConflicts.has(conflictOf(d)))
      .map((d) => `${d.reference?.text ?? '-'} vs ${d.article?.text ?? '-'}`);
    return {
      id: c.id,
      lang: c.lang,
      relevantExpected: c.relevant,
      relevantPredicted: comparison.relevant,
      relevance: comparison.relevance,
      entries,
      unlabelledConflicts,
    };
  });
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/** Conflicts precision counts every predicted conflict: a labelled entry of another kind, or none, is a false one. */
export function score(outcomes: CaseOutcome[]): Scores {
  const entries = outcomes.flatMap((o) => o.entries);
  const predictedConflicts =
    entries.filter((e) => e.predicted === 'conflicts').length +
    outcomes.reduce((n, o) => n + o.unlabelledConflicts.length, 0);
  const trueConflicts = entries.filter((e) => e.predicted === 'conflicts' && e.expected.kind === 'conflicts').length;
  return {
    cases: outcomes.length,
    relevanceAccuracy: ratio(
      outcomes.filter((o) => o.relevantExpected === o.relevantPredicted).length,
      outcomes.length,
    ),
    entries: entries.length,
    kindAccuracy: ratio(entries.filter((e) => e.predicted === e.expected.kind).length, entries.length),
    conflictsPrecision: ratio(trueConflicts, predictedConflicts),
    conflictsRecall: ratio(trueConflicts, entries.filter((e) => e.expected.kind === 'conflicts').length),
  };
}

function table(outcomes: CaseOutcome[]): string {
  const langs = [...new Set(outcomes.map((o) => o.lang))];
  const row = (name: string, s: Scores) =>
    `| ${name} | ${s.cases} | ${s.relevanceAccuracy.toFixed(3)} | ${s.entries} | ${s.kindAccuracy.toFixed(3)} | ${s.conflictsPrecision.toFixed(3)} | ${s.conflictsRecall.toFixed(3)} |`;
  return [
    '| language | cases | relevance accuracy | entries | kind accuracy | conflicts precision | conflicts recall |',
    '|---|---|---|---|---|---|---|',
    ...langs.map((l) => row(l, score(outcomes.filter((o) => o.lang === l)))),
    row('**all**', score(outcomes)),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outcomes = runCompareEval();
  console.log(table(outcomes));
  const verbose = process.argv.includes('--verbose');
  for (const o of outcomes) {
    const wrong = o.entries.filter((e) => e.predicted !== e.expected.kind);
    if (o.relevantExpected !== o.relevantPredicted) {
      console.log(
        `${o.id}: relevant expected ${o.relevantExpected}, got ${o.relevantPredicted} (${o.relevance.toFixed(2)})`,
      );
    }
    if (verbose || wrong.length || o.unlabelledConflicts.length) {
      for (const e of wrong) {
        console.log(
          `${o.id}: ${e.expected.kind} expected, got ${e.predicted ?? 'nothing'}: ${e.expected.article ?? '-'} / ${e.expected.reference ?? '-'}`,
        );
      }
      for (const c of o.unlabelledConflicts) console.log(`${o.id}: unlabelled conflict ${c}`);
    }
  }
  mkdirSync(join(here, 'results'), { recursive: true });
  const byLanguage = Object.fromEntries(
    [...new Set(outcomes.map((o) => o.lang))].map((l) => [l, score(outcomes.filter((o) => o.lang === l))]),
  );
  writeFileSync(
    join(here, 'results/compare.json'),
    `${JSON.stringify({ all: score(outcomes), byLanguage, cases: outcomes }, null, 2)}\n`,
  );
}
