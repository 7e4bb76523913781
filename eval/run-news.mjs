#!/usr/bin/env node
// Scores `parallax extract --jsonl` on the English news-sentence set (eval/news/sentences.txt): every quantity,
// ranges and changes included, value F1 on its dev and test halves. It reads the command's output only and imports
// nothing of the reader, so it measures the reader rather than mirrors it.
// Usage: node eval/run-news.mjs   (writes eval/results/news.json; exit 1 when the test half's value F1 < 0.93)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const TARGET = 0.93;

/** Parses a label's value: "1200" a level, "10..20" a range, "+21" a change, "~2000..99999" a vague amount. */
function parseValue(spec) {
  const vague = spec.startsWith('~');
  const change = spec.startsWith('+');
  const body = spec.replace(/^[~+]/, '');
  const [low, high] = body.split('..').map(Number);
  if (high !== undefined) return { kind: vague ? 'vague' : 'range', value: vague ? null : (low + high) / 2, low, high };
  return { kind: change ? 'change' : 'level', value: low, low: null, high: null };
}

/** The labelled sentences, each with its split and its quantities located in the text. */
export function loadNews(path = here('news/sentences.txt')) {
  const items = [];
  let split = null;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('## ')) split = line.slice(3).trim();
    else if (/^[wf] /.test(line)) items.push({ split, style: line[0], text: line.slice(2), gold: [], from: 0 });
    else if (line.startsWith('  ') && items.length) {
      const item = items[items.length - 1];
      const [fragment, spec, unit] = line.trim().split(/\s*;\s*/);
      const start = item.text.indexOf(fragment, item.from);
      if (start < 0) throw new Error(`"${fragment}" is not in: ${item.text}`);
      item.from = start + fragment.length;
      item.gold.push({ fragment, start, end: item.from, unit: unit ?? null, ...parseValue(spec) });
    }
  }
  return items;
}

function numEq(a, b) {
  if (a === null || b === null || a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A figure reads a quantity when it overlaps it and gives its value (a range and a vague amount: both ends). */
function reads(figure, gold) {
  if (figure.start >= gold.end || gold.start >= figure.end) return false;
  if (gold.kind === 'range' || gold.kind === 'vague')
    return numEq(figure.low, gold.low) && numEq(figure.high, gold.high);
  return numEq(figure.value, gold.value);
}

function extract(items) {
  const input = items.map((i) => JSON.stringify({ text: i.text, lang: 'en' })).join('\n');
  const r = spawnSync('node', [here('../bin/parallax.mjs'), 'extract', '--jsonl'], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, PARALLAX_FROM_SOURCE: process.env.PARALLAX_FROM_SOURCE ?? '1' },
  });
  if (r.status !== 0) throw new Error(`parallax extract exited with ${r.status}: ${r.stderr}`);
  return r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).figures ?? []);
}

const f1 = (tp, predicted, gold) => {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, predicted, gold };
};

/** Value P/R/F1 over a split, with recall by kind and how often a change is marked as one. */
function score(items, predictions) {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const kinds = {};
  let changesMarked = 0;
  const misses = [];
  items.forEach((item, n) => {
    const figures = predictions[n];
    predicted += figures.length;
    gold += item.gold.length;
    const used = new Set();
    for (const g of item.gold) {
      const k = figures.findIndex((f, j) => !used.has(j) && reads(f, g));
      kinds[g.kind] ??= { gold: 0, read: 0 };
      kinds[g.kind].gold++;
      if (k < 0) {
        misses.push({ text: item.text, missed: g.fragment });
        continue;
      }
      used.add(k);
      tp++;
      kinds[g.kind].read++;
      if (g.kind === 'change' && figures[k].change === true) changesMarked++;
    }
    figures.forEach((f, j) => {
      if (!used.has(j)) misses.push({ text: item.text, spurious: f.text, value: f.value });
    });
  });
  const changes = kinds.change?.gold ?? 0;
  return { items: items.length, value: f1(tp, predicted, gold), kinds, changesMarked, changes, misses };
}

const pct = (x) => (100 * x).toFixed(1);

/** Both halves scored: { dev, test }, each with value P/R/F1, recall by kind, and its misses. */
export function scoreNews() {
  const items = loadNews();
  const predictions = extract(items);
  const report = {};
  for (const split of ['dev', 'test']) {
    const chosen = items.map((item, n) => [item, predictions[n]]).filter(([item]) => item.split === split);
    report[split] = score(
      chosen.map(([item]) => item),
      chosen.map(([, p]) => p),
    );
  }
  return report;
}

function main() {
  const report = scoreNews();
  console.log('| half | sentences | quantities | value P | value R | value F1 | ranges read | changes read (marked) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [split, s] of Object.entries(report)) {
    const range = s.kinds.range ?? { gold: 0, read: 0 };
    const change = s.kinds.change ?? { gold: 0, read: 0 };
    console.log(
      `| ${split} | ${s.items} | ${s.value.gold} | ${pct(s.value.precision)} | ${pct(s.value.recall)} | ` +
        `**${s.value.f1.toFixed(3)}** | ${range.read}/${range.gold} | ${change.read}/${change.gold} (${s.changesMarked}) |`,
    );
  }
  mkdirSync(here('results'), { recursive: true });
  writeFileSync(here('results/news.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (report.test.value.f1 < TARGET) {
    console.log(`test half value F1 ${report.test.value.f1.toFixed(3)} is below ${TARGET}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
