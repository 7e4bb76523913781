#!/usr/bin/env node
// Validates the labelled figure set eval/figures/<lang>.jsonl against /tmp/conventions.md
// (the shared figure conventions): JSON shape, exact substrings, enums, and low/high logic.
// Usage: node eval/check-figures.mjs   (exit code 1 when any line is wrong or a quota is unmet)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'figures');
const LANGS = ['en', 'fr', 'de', 'es', 'pt', 'it', 'id'];
const QUALIFIERS = [
  'exact',
  'approximate',
  'nearly',
  'at_least',
  'more_than',
  'at_most',
  'less_than',
  'up_to',
  'range',
  'vague',
];
const CATEGORIES = ['personnel', 'casualties', 'equipment', 'munitions', 'money', 'duration', 'other'];
// Real-page shapes: photo and file ids, page furniture, sports scores, articles of a law, names with a number, file sizes.
const TRAPS = [
  'calibre',
  'year',
  'date',
  'time',
  'phone',
  'age',
  'model',
  'rank',
  'page',
  'id',
  'furniture',
  'score',
  'section',
  'name',
  'size',
];
const DURATION_UNITS = ['day', 'week', 'month', 'year'];
// The vague amounts the conventions allow, as [low, high].
// A plural of a magnitude M reads as M to 10·M; dozens as 24 to 99.
const VAGUE_BOUNDS = ['24,99', '100,1000', '1000,10000', '10000,100000', '100000,1000000', '1000000,10000000'];
// `split` puts the line in the development or the test half; `country` is the outlet's, where a feed would give it.
const LINE_KEYS = ['id', 'lang', 'text', 'country', 'split', 'figures', 'trap'];
const SPLITS = ['dev', 'test'];
const FIGURE_KEYS = [
  'text',
  'value',
  'low',
  'high',
  'qualifier',
  'category',
  'unit',
  'counted',
  'location',
  'source',
  'projection',
];
// Quotas from the task that commissioned the set.
const MIN_FIGURES = 320;
const MIN_NON_ENGLISH = 100;
const MIN_PER_OTHER_LANGUAGE = 12;
const MIN_TRAPS = 65;

const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);
const isNum = (x) => typeof x === 'number' && Number.isFinite(x);
const isStrOrNull = (x) => x === null || (typeof x === 'string' && x.length > 0);
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The [low, high] the conventions give a qualifier and value, or undefined where the label carries its own. */
function expectedBounds(q, v) {
  switch (q) {
    case 'exact':
      return [v, v];
    case 'approximate':
      return [null, null];
    case 'nearly':
    case 'at_most':
    case 'less_than':
    case 'up_to':
      return [null, v];
    case 'at_least':
    case 'more_than':
      return [v, null];
    default:
      return undefined;
  }
}

function checkFigure(where, f, line, used) {
  const keys = Object.keys(f);
  for (const k of FIGURE_KEYS) if (!(k in f)) fail(where, `missing key ${k}`);
  for (const k of keys) if (!FIGURE_KEYS.includes(k)) fail(where, `unknown key ${k}`);
  if (typeof f.text !== 'string' || f.text.length === 0) return fail(where, 'figure text must be a non-empty string');
  if (!/[\p{N}]/u.test(f.text) && !/\p{L}/u.test(f.text)) fail(where, 'figure text has neither digits nor words');
  // Find an occurrence not yet claimed by another figure of the same line, on word boundaries.
  let at = -1;
  for (let i = line.text.indexOf(f.text); i !== -1; i = line.text.indexOf(f.text, i + 1)) {
    const before = line.text[i - 1];
    const after = line.text[i + f.text.length];
    const bounded = !isWordChar(before) || !isWordChar(f.text[0]);
    const boundedEnd = !isWordChar(after) || !isWordChar(f.text.at(-1));
    if (bounded && boundedEnd && !used.has(i)) {
      at = i;
      break;
    }
  }
  if (at === -1) fail(where, `"${f.text}" is not a free substring of the line on word boundaries`);
  else used.add(at);
  if (!QUALIFIERS.includes(f.qualifier)) fail(where, `bad qualifier ${f.qualifier}`);
  if (!CATEGORIES.includes(f.category)) fail(where, `bad category ${f.category}`);
  if (typeof f.projection !== 'boolean') fail(where, 'projection must be boolean');
  for (const k of ['unit', 'counted', 'location', 'source'])
    if (!isStrOrNull(f[k])) fail(where, `${k} must be a non-empty string or null`);
  for (const k of ['counted', 'source']) {
    if (typeof f[k] === 'string' && !line.text.toLowerCase().includes(f[k].toLowerCase()))
      fail(where, `${k} "${f[k]}" is not written in the line`);
  }
  // Bounds.
  if (f.qualifier === 'vague') {
    if (f.value !== null) fail(where, 'vague figures have value null');
    if (!VAGUE_BOUNDS.includes(`${f.low},${f.high}`))
      fail(where, `vague bounds [${f.low}, ${f.high}] are not a conventional pair`);
  } else if (f.qualifier === 'range') {
    if (!isNum(f.low) || !isNum(f.high) || !isNum(f.value)) fail(where, 'ranges need numeric value, low and high');
    else {
      if (!(f.low < f.high)) fail(where, `range low ${f.low} must be below high ${f.high}`);
      if (Math.abs(f.value - (f.low + f.high) / 2) > 1e-9 * Math.max(1, Math.abs(f.value)))
        fail(where, `range value ${f.value} is not the midpoint`);
    }
  } else if (!isNum(f.value)) {
    fail(where, `value must be a number for qualifier ${f.qualifier}`);
  } else {
    const [lo, hi] = expectedBounds(f.qualifier, f.value) ?? [];
    if (f.low !== lo || f.high !== hi)
      fail(where, `${f.qualifier} ${f.value} needs [${lo}, ${hi}], has [${f.low}, ${f.high}]`);
  }
  if (isNum(f.value) && f.value < 0) fail(where, 'negative value');
  // Units.
  if (f.category === 'money' && !(typeof f.unit === 'string' && /^[A-Z]{3}$/.test(f.unit)))
    fail(where, `money needs an ISO 4217 unit, has ${f.unit}`);
  if (f.category === 'duration' && !DURATION_UNITS.includes(f.unit))
    fail(where, `duration needs unit ${DURATION_UNITS.join('/')}, has ${f.unit}`);
  // Measures ("256GB", "640bhp", "magnitude 7.8") are figures of their own unit, never counts.
  if (!['money', 'duration', 'other'].includes(f.category) && f.unit !== null && f.unit !== 'percent')
    fail(where, `unit ${f.unit} is not allowed for ${f.category}`);
  if (
    f.unit === 'percent' &&
    !/%|percent|per cent|pour cent|Prozent|por ciento|por cento|per cento|persen/i.test(f.text)
  )
    fail(where, 'percent unit without a percent sign or word in the text');
}

const stats = { lines: 0, figures: 0, traps: 0, byLang: {} };
const tally = { category: {}, qualifier: {}, trap: {}, split: {}, projection: 0 };
const count = (table, key) => {
  table[key] = (table[key] ?? 0) + 1;
};
const ids = new Set();
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
for (const file of files) {
  const lang = file.replace(/\.jsonl$/, '');
  if (!LANGS.includes(lang)) fail(file, `unexpected language file`);
  const raw = readFileSync(join(dir, file), 'utf8');
  if (/\\u00a0|\\u202f|\\u2009/i.test(raw)) fail(file, 'write no-break spaces as real characters, not JSON escapes');
  const perLang = { lines: 0, figures: 0, traps: 0 };
  stats.byLang[lang] = perLang;
  for (const [n, rawLine] of raw.split('\n').entries()) {
    if (rawLine.trim() === '') continue;
    const where = `${file}:${n + 1}`;
    let line;
    try {
      line = JSON.parse(rawLine);
    } catch (e) {
      fail(where, `invalid JSON: ${e.message}`);
      continue;
    }
    for (const k of Object.keys(line)) if (!LINE_KEYS.includes(k)) fail(where, `unknown key ${k}`);
    if (line.lang !== lang) fail(where, `lang ${line.lang} in ${file}`);
    if (!SPLITS.includes(line.split)) fail(where, `split must be ${SPLITS.join(' or ')}`);
    else count(tally.split, line.split);
    if ('country' in line && !/^[A-Z]{2}$/.test(line.country)) fail(where, `bad country ${line.country}`);
    if (typeof line.id !== 'string' || !new RegExp(`^${lang}-\\d{3}$`).test(line.id)) fail(where, `bad id ${line.id}`);
    if (ids.has(line.id)) fail(where, `duplicate id ${line.id}`);
    ids.add(line.id);
    if (typeof line.text !== 'string' || line.text.trim() === '') {
      fail(where, 'text must be a non-empty string');
      continue;
    }
    if (!Array.isArray(line.figures)) {
      fail(where, 'figures must be an array');
      continue;
    }
    if ('trap' in line) {
      if (!TRAPS.includes(line.trap)) fail(where, `bad trap ${line.trap}`);
      if (line.figures.length > 0) fail(where, 'trap lines carry no figures');
      perLang.traps++;
      count(tally.trap, line.trap);
    } else if (line.figures.length === 0) fail(where, 'a line with no figure must say which trap it is');
    const used = new Set();
    line.figures.forEach((f, i) => {
      checkFigure(`${where} (${line.id} figure ${i})`, f, line, used);
      count(tally.category, f.category);
      count(tally.qualifier, f.qualifier);
      if (f.projection === true) tally.projection++;
    });
    perLang.lines++;
    perLang.figures += line.figures.length;
  }
  stats.lines += perLang.lines;
  stats.figures += perLang.figures;
  stats.traps += perLang.traps;
}

const nonEnglish = stats.figures - (stats.byLang.en?.figures ?? 0);
if (stats.figures < MIN_FIGURES) fail('quota', `${stats.figures} figures, need ${MIN_FIGURES}`);
if (nonEnglish < MIN_NON_ENGLISH) fail('quota', `${nonEnglish} non-English figures, need ${MIN_NON_ENGLISH}`);
for (const lang of LANGS.filter((l) => l !== 'en')) {
  const n = stats.byLang[lang]?.figures ?? 0;
  if (n < MIN_PER_OTHER_LANGUAGE) fail('quota', `${lang}: ${n} figures, need ${MIN_PER_OTHER_LANGUAGE}`);
}
if (stats.traps < MIN_TRAPS) fail('quota', `${stats.traps} trap lines, need ${MIN_TRAPS}`);

for (const [lang, s] of Object.entries(stats.byLang))
  console.log(`${lang}: ${s.lines} lines, ${s.figures} figures, ${s.traps} traps`);
const show = (table) =>
  Object.entries(table)
    .sort((x, y) => y[1] - x[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
console.log(`by category: ${show(tally.category)}`);
console.log(`by qualifier: ${show(tally.qualifier)}`);
console.log(`projections: ${tally.projection}`);
console.log(`traps by kind: ${show(tally.trap)}`);
console.log(`lines by half: ${show(tally.split)}`);
console.log(`total: ${stats.lines} lines, ${stats.figures} figures (${nonEnglish} not English), ${stats.traps} traps`);
if (errors.length > 0) {
  console.error(errors.join('\n'));
  console.error(`${errors.length} problem(s)`);
  process.exit(1);
}
console.log('ok');
