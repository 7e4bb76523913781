#!/usr/bin/env node
// Validates eval/compare/labels.json: article files exist, every "article" string is in its article,
// every "reference" string is in the reference article, kinds are valid and consistent with relevance.
// Usage: node eval/compare/check-labels.mjs [path/to/reference-article.txt]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const referencePath =
  process.argv[2] ?? join(here, '..', '..', 'infra', 'demo', 'content', 'reference', 'reference-article.txt');
const KINDS = ['agrees', 'conflicts', 'different_source', 'omitted', 'added'];
// The reference's key figures: a relevant article either states something aligned with each, or omits it.
const KEY_FIGURES = [
  'around 11,000',
  'could rise to 15,000',
  'thousands of containers',
  '$400 million',
  'more than $2 billion',
];
const MIN_ARTICLES = 40;
const MAX_ARTICLES = 50;
const MIN_ENGLISH = 25;
const MIN_IRRELEVANT = 6;
const MIN_WORDS = 120;
const MAX_WORDS = 400;

const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);
const reference = readFileSync(referencePath, 'utf8');
const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));
if (!Array.isArray(labels)) throw new Error('labels.json must be an array');

const ids = new Set();
const byLang = {};
const byKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
let irrelevant = 0;
for (const label of labels) {
  const where = label.id ?? '(no id)';
  if (typeof label.id !== 'string' || !/^cmp-\d{3}$/.test(label.id)) fail(where, 'bad id');
  if (ids.has(label.id)) fail(where, 'duplicate id');
  ids.add(label.id);
  if (typeof label.lang !== 'string' || !/^[a-z]{2}$/.test(label.lang)) fail(where, `bad lang ${label.lang}`);
  byLang[label.lang] = (byLang[label.lang] ?? 0) + 1;
  if (typeof label.relevant !== 'boolean') fail(where, 'relevant must be boolean');
  if (typeof label.note !== 'string' || label.note.length === 0) fail(where, 'note must say what the case tests');
  if (!Array.isArray(label.expect)) {
    fail(where, 'expect must be an array');
    continue;
  }
  const file = join(here, label.file ?? '');
  if (typeof label.file !== 'string' || !existsSync(file)) {
    fail(where, `article file ${label.file} does not exist`);
    continue;
  }
  const article = readFileSync(file, 'utf8');
  const lines = article.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 3) fail(where, 'an article needs a headline and paragraphs, one a line');
  const words = article.split(/\s+/).filter(Boolean).length;
  if (words < MIN_WORDS || words > MAX_WORDS) fail(where, `${words} words, want ${MIN_WORDS}-${MAX_WORDS}`);
  if (!label.relevant) {
    irrelevant++;
    if (label.expect.length > 0) fail(where, 'an irrelevant article expects nothing');
  }
  const aligned = new Set();
  const omitted = new Set();
  for (const [i, e] of label.expect.entries()) {
    const at = `${where} expect[${i}]`;
    if (!KINDS.includes(e.kind)) {
      fail(at, `bad kind ${e.kind}`);
      continue;
    }
    byKind[e.kind]++;
    const needsArticle = e.kind !== 'omitted';
    const needsReference = e.kind !== 'added';
    if (needsArticle !== (typeof e.article === 'string'))
      fail(at, `${e.kind} ${needsArticle ? 'needs' : 'takes no'} article string`);
    if (needsReference !== (typeof e.reference === 'string'))
      fail(at, `${e.kind} ${needsReference ? 'needs' : 'takes no'} reference string`);
    if (typeof e.article === 'string') {
      if (!article.includes(e.article)) fail(at, `"${e.article}" is not in ${label.file}`);
      if (!/[\p{N}]|\p{L}{3,}/u.test(e.article)) fail(at, `"${e.article}" names no number`);
    }
    if (typeof e.reference === 'string' && !reference.includes(e.reference))
      fail(at, `"${e.reference}" is not in the reference`);
    if (e.kind === 'omitted') {
      if (!KEY_FIGURES.includes(e.reference)) fail(at, `only key figures are listed as omitted, not "${e.reference}"`);
      if (omitted.has(e.reference)) fail(at, `"${e.reference}" omitted twice`);
      omitted.add(e.reference);
    } else if (typeof e.reference === 'string') aligned.add(e.reference);
  }
  if (label.relevant) {
    for (const key of KEY_FIGURES) {
      const isAligned = aligned.has(key);
      const isOmitted = omitted.has(key);
      if (isAligned && isOmitted) fail(where, `"${key}" is both aligned and omitted`);
      if (!isAligned && !isOmitted) fail(where, `key figure "${key}" is neither matched nor listed as omitted`);
    }
  }
}

if (labels.length < MIN_ARTICLES || labels.length > MAX_ARTICLES)
  fail('quota', `${labels.length} articles, want ${MIN_ARTICLES}-${MAX_ARTICLES}`);
if ((byLang.en ?? 0) < MIN_ENGLISH) fail('quota', `${byLang.en ?? 0} English articles, want ${MIN_ENGLISH}`);
if (irrelevant < MIN_IRRELEVANT) fail('quota', `${irrelevant} irrelevant articles, want ${MIN_IRRELEVANT}`);

console.log(`articles: ${labels.length} (${labels.length - irrelevant} relevant, ${irrelevant} not)`);
console.log(
  `by language: ${Object.entries(byLang)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ')}`,
);
console.log(
  `by kind: ${Object.entries(byKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
if (errors.length > 0) {
  console.error(errors.join('\n'));
  console.error(`${errors.length} problem(s)`);
  process.exit(1);
}
console.log('ok');
