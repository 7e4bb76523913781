// Scores extractFigures against the labelled set eval/figures/*.jsonl.
// Run: npx tsx --conditions=source eval/run-figures.ts   (prints markdown tables, writes eval/results/figures.json)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractFigures } from '@parallax/core';
import type { Figure } from '@parallax/shared';

export interface GoldFigure {
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  category: string;
  unit: string | null;
  location: string | null;
  source: string | null;
  projection: boolean;
}

export interface GoldItem {
  id: string;
  lang: string;
  text: string;
  /** The development half (rules may be written from it) or the test half (only reported). */
  split: 'dev' | 'test';
  /** The outlet's country, as a feed's configuration would give it. */
  country?: string;
  figures: GoldFigure[];
}

type Field = 'value' | 'interval' | 'qualifier' | 'category' | 'source' | 'location' | 'projection';
export const FIELDS: Field[] = ['value', 'interval', 'qualifier', 'category', 'source', 'location', 'projection'];

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  correct: number;
  predicted: number;
  gold: number;
}

export interface FiguresReport {
  items: number;
  fields: Record<Field, Score>;
  languages: Record<string, { items: number; value: Score; source: Score }>;
  misses: { id: string; field: Field; gold: unknown; predicted: unknown; text: string }[];
}

const here = dirname(fileURLToPath(import.meta.url));

export function loadGold(dir = join(here, 'figures')): GoldItem[] {
  const items: GoldItem[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim()) items.push(JSON.parse(line) as GoldItem);
    }
  }
  return items;
}

function numEq(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameSource(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/^(?:the|le|la|les|der|die|das|el|los|las|o|os|il|lo|gli)\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
  const g = norm(gold);
  const p = norm(predicted);
  // A source written with or without its title or affiliation is the same source:
  // "Volodymyr Zelensky" ~ "Ukrainian President Volodymyr Zelensky", "a think tank" ~ "a think tank in Seoul".
  const within = (a: string, b: string) => ` ${b} `.includes(` ${a} `);
  return g === p || within(g, p) || within(p, g) || spellingKey(gold) === spellingKey(predicted);
}

/**
 * The scorer's own key for one source in two spellings ("the National Intelligence Service (NIS)" and "the NIS",
 * "Zelensky's office" and "Zelensky office"): it calls nothing of the code it scores.
 */
function spellingKey(source: string): string {
  const acronym = /\(([A-Z][A-Za-z]{1,7})\)/.exec(source)?.[1];
  if (acronym) return acronym.toLowerCase();
  return source
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(?:the|le|la|les|l'|der|die|das|el|los|las|o|os|il|lo|gli)\s+/, '')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\d]/gu, '');
}

/** Source and location are scored only where one side names one: null against null says nothing. */
const NAMED_FIELDS: ReadonlySet<Field> = new Set(['source', 'location']);

/** The scorer's own folding of a place ("Crimée" and "crimee" are one): it calls nothing of the code it scores. */
function foldedPlace(place: string | null): string | null {
  return place === null
    ? null
    : place
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[^\p{L}\d]+/gu, ' ')
        .trim()
        .toLowerCase();
}

function sameText(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return a.toLowerCase() === b.toLowerCase();
}

function fieldCorrect(field: Field, g: GoldFigure, p: Figure): boolean {
  switch (field) {
    case 'value':
      return numEq(g.value, p.value) && g.category === p.category;
    case 'interval':
      return numEq(g.low, p.low) && numEq(g.high, p.high);
    case 'qualifier':
      return g.qualifier === p.qualifier;
    case 'category':
      return g.category === p.category;
    case 'source':
      return sameSource(g.source, p.source);
    case 'location':
      return sameText(foldedPlace(g.location), foldedPlace(p.location));
    case 'projection':
      return g.projection === p.projection;
  }
}

/** Where `needle` stands as a whole word or number ("3" not inside "Su-34"), from `from`; -1 if nowhere. */
function findWhole(text: string, needle: string, from: number): number {
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + needle.length] ?? ' ';
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return at;
  }
  return text.indexOf(needle, from);
}

/** Offsets of each gold figure's text in the item, left to right. */
function locate(item: GoldItem): { gold: GoldFigure; start: number; end: number }[] {
  let from = 0;
  return item.figures.map((gold) => {
    let at = findWhole(item.text, gold.text, from);
    if (at < 0) at = findWhole(item.text, gold.text, 0);
    if (at >= 0) from = at + gold.text.length;
    return { gold, start: at, end: at < 0 ? -1 : at + gold.text.length };
  });
}

/** Pairs gold and predicted figures whose spans overlap, largest overlap first, one to one. */
function match(item: GoldItem, predicted: Figure[]): [GoldFigure, Figure][] {
  const candidates: { g: number; p: number; overlap: number }[] = [];
  const golds = locate(item);
  golds.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (g.start >= 0 && overlap > 0) candidates.push({ g: gi, p: pi, overlap });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [GoldFigure, Figure][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([golds[c.g]!.gold, predicted[c.p]!]);
  }
  return pairs;
}

function score(correct: number, predicted: number, gold: number): Score {
  const precision = predicted ? correct / predicted : gold ? 0 : 1;
  const recall = gold ? correct / gold : predicted ? 0 : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, correct, predicted, gold };
}

export function scoreFigures(items: GoldItem[]): FiguresReport {
  const totals = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  // For source and location: predicted figures that name one, gold figures that name one.
  const named = { source: { pred: 0, gold: 0 }, location: { pred: 0, gold: 0 } };
  let nPred = 0;
  let nGold = 0;
  const perLang: Record<
    string,
    { items: number; pred: number; gold: number; value: number; source: number; sourcePred: number; sourceGold: number }
  > = {};
  const misses: FiguresReport['misses'] = [];
  for (const item of items) {
    // A figure's place is what the engine reads and compares by: the country it named, else its stored meaning's place.
    const predicted = extractFigures(item.text, { lang: item.lang, country: item.country }).figures.map((f) => ({
      ...f,
      location: f.location ?? f.meaning?.place ?? null,
    }));
    const pairs = match(item, predicted);
    nPred += predicted.length;
    nGold += item.figures.length;
    const lang = perLang[item.lang] ?? {
      items: 0,
      pred: 0,
      gold: 0,
      value: 0,
      source: 0,
      sourcePred: 0,
      sourceGold: 0,
    };
    perLang[item.lang] = lang;
    lang.items++;
    lang.pred += predicted.length;
    lang.gold += item.figures.length;
    for (const field of ['source', 'location'] as const) {
      named[field].gold += item.figures.filter((g) => g[field] !== null).length;
      named[field].pred += pairs.filter(([, p]) => p[field] !== null).length;
    }
    lang.sourceGold += item.figures.filter((g) => g.source !== null).length;
    lang.sourcePred += pairs.filter(([, p]) => p.source !== null).length;
    for (const [g, p] of pairs) {
      for (const field of FIELDS) {
        if (NAMED_FIELDS.has(field) && g[field as 'source'] === null && p[field as 'source'] === null) continue;
        if (fieldCorrect(field, g, p)) {
          totals[field]++;
          if (field === 'value') lang.value++;
          if (field === 'source') lang.source++;
        } else {
          misses.push({ id: item.id, field, gold: goldField(field, g), predicted: goldField(field, p), text: g.text });
        }
      }
    }
    const matched = new Set(pairs.map(([, p]) => p));
    for (const p of predicted) {
      if (!matched.has(p))
        misses.push({ id: item.id, field: 'value', gold: null, predicted: p.text, text: '(spurious)' });
    }
    for (const g of item.figures) {
      if (!pairs.some(([pg]) => pg === g))
        misses.push({ id: item.id, field: 'value', gold: g.text, predicted: null, text: '(missed)' });
    }
  }
  const fields = Object.fromEntries(
    FIELDS.map((f) => {
      const counts = f === 'source' || f === 'location' ? named[f] : { pred: nPred, gold: nGold };
      return [f, score(totals[f], counts.pred, counts.gold)];
    }),
  ) as Record<Field, Score>;
  const languages = Object.fromEntries(
    Object.entries(perLang).map(([lang, l]) => [
      lang,
      { items: l.items, value: score(l.value, l.pred, l.gold), source: score(l.source, l.sourcePred, l.sourceGold) },
    ]),
  );
  return { items: items.length, fields, languages, misses };
}

function goldField(field: Field, f: GoldFigure | Figure): unknown {
  switch (field) {
    case 'value':
      return [f.value, f.category];
    case 'interval':
      return [f.low, f.high];
    default:
      return f[field];
  }
}

const pct = (x: number) => (x * 100).toFixed(1);

/** The development half, which rules may be written from, and the test half, only reported. */
function printHalves(halves: Record<'dev' | 'test', FiguresReport>): void {
  console.log('\n| half | texts | value P | value R | value F1 | interval F1 | source F1 | location F1 |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [name, r] of Object.entries(halves)) {
    const f = r.fields;
    console.log(
      `| ${name} | ${r.items} | ${pct(f.value.precision)} | ${pct(f.value.recall)} | ${pct(f.value.f1)} | ${pct(f.interval.f1)} | ${pct(f.source.f1)} | ${pct(f.location.f1)} |`,
    );
  }
}

function printReport(report: FiguresReport): void {
  console.log(`## Figures: ${report.items} labelled texts\n`);
  console.log('| field | precision | recall | F1 | correct | predicted | gold |');
  console.log('|---|---|---|---|---|---|---|');
  for (const f of FIELDS) {
    const s = report.fields[f];
    const name = f === 'value' ? 'value (+category)' : f;
    console.log(
      `| ${name} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${s.correct} | ${s.predicted} | ${s.gold} |`,
    );
  }
  console.log('\n| language | texts | value P | value R | value F1 | source F1 |');
  console.log('|---|---|---|---|---|---|');
  for (const [lang, l] of Object.entries(report.languages).sort()) {
    console.log(
      `| ${lang} | ${l.items} | ${pct(l.value.precision)} | ${pct(l.value.recall)} | ${pct(l.value.f1)} | ${pct(l.source.f1)} |`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const gold = loadGold();
  const report = scoreFigures(gold);
  const halves = {
    dev: scoreFigures(gold.filter((i) => i.split === 'dev')),
    test: scoreFigures(gold.filter((i) => i.split === 'test')),
  };
  printReport(report);
  printHalves(halves);
  const showMisses = process.argv.includes('--misses');
  if (showMisses) for (const m of report.misses) console.log(JSON.stringify(m));
  const out = join(here, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'figures.json'), `${JSON.stringify({ ...report, halves }, null, 2)}\n`);
}
