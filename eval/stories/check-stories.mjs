#!/usr/bin/env node
// Validates the labelled story set (shape, files, substrings, kinds, quotas) and prints its counts.
// Reads only the set: it never imports the engine. Exit 1 on any problem.
// Run: node eval/stories/check-stories.mjs [story-id ...]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const LANGS = new Set(['en', 'fr', 'de', 'es', 'pt', 'it', 'id']);
const DOMAINS = new Set(['war', 'disaster', 'protest', 'economy', 'election', 'health']);
const KINDS = new Set(['agrees', 'conflicts', 'different_source', 'updated', 'added']);
const problems = [];
const problem = (where, what) => problems.push(`${where}: ${what}`);

export function storyIds() {
  return readdirSync(here, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(here, d.name, 'story.json')))
    .map((d) => d.name)
    .sort();
}

function isIsoWithZone(s) {
  return (
    typeof s === 'string' &&
    /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s) &&
    !Number.isNaN(Date.parse(s))
  );
}

function checkStory(id) {
  const dir = join(here, id);
  let story;
  try {
    story = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
  } catch (e) {
    problem(id, `story.json does not parse: ${e.message}`);
    return null;
  }
  if (story.id !== id) problem(id, `id "${story.id}" is not the folder name`);
  if (!DOMAINS.has(story.domain)) problem(id, `domain "${story.domain}"`);
  if (story.split !== 'dev' && story.split !== 'test') problem(id, `split "${story.split}"`);
  const ref = story.reference ?? {};
  const refPath = join(dir, ref.file ?? 'reference.txt');
  if (!existsSync(refPath)) {
    problem(id, `reference file ${ref.file} missing`);
    return null;
  }
  if (!LANGS.has(ref.lang)) problem(id, `reference lang "${ref.lang}"`);
  if (!isIsoWithZone(ref.published)) problem(id, `reference published "${ref.published}"`);
  const refText = readFileSync(refPath, 'utf8');
  const langs = new Set();
  const counts = { articles: 0, relevant: 0, offStory: 0, figures: 0 };
  for (const k of KINDS) counts[k] = 0;
  const seen = new Set();
  for (const a of story.articles ?? []) {
    const where = `${id}/${a.id}`;
    if (seen.has(a.id)) problem(where, 'duplicate article id');
    seen.add(a.id);
    if (!LANGS.has(a.lang)) problem(where, `lang "${a.lang}"`);
    if (!isIsoWithZone(a.published)) problem(where, `published "${a.published}"`);
    if (typeof a.relevant !== 'boolean') problem(where, 'relevant must be true or false');
    const path = join(dir, a.file ?? '');
    if (!a.file || !existsSync(path)) {
      problem(where, `file ${a.file} missing`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    if (text.split('\n')[0].trim() === '') problem(where, 'first line (headline) is empty');
    counts.articles++;
    if (a.relevant) {
      counts.relevant++;
      langs.add(a.lang);
    } else {
      counts.offStory++;
      if ((a.expect ?? []).length > 0) problem(where, 'an off-story article has expectations');
    }
    const spans = [];
    for (const e of a.expect ?? []) {
      if (!KINDS.has(e.kind)) problem(where, `kind "${e.kind}"`);
      counts[e.kind] = (counts[e.kind] ?? 0) + 1;
      counts.figures++;
      if (typeof e.article !== 'string' || e.article === '') problem(where, `${e.kind}: article substring missing`);
      else if (!text.includes(e.article)) problem(where, `"${e.article}" is not in the article`);
      else {
        const at = text.indexOf(e.article);
        const clash = spans.find(([s, t]) => s < at + e.article.length && at < t);
        if (clash) problem(where, `"${e.article}" overlaps another label's first occurrence`);
        spans.push([at, at + e.article.length]);
      }
      if (!/\d|[a-zà-ÿ]/i.test(e.article ?? '')) problem(where, `"${e.article}" holds no number or number word`);
      if (e.kind === 'added') {
        if (e.reference !== null) problem(where, `added "${e.article}" must have reference null`);
      } else if (typeof e.reference !== 'string' || !refText.includes(e.reference)) {
        problem(where, `${e.kind} "${e.article}": reference "${e.reference}" is not in reference.txt`);
      }
    }
  }
  if (counts.relevant < 10) problem(id, `${counts.relevant} relevant articles (at least 10)`);
  if (langs.size < 3) problem(id, `relevant articles in ${langs.size} languages (at least 3)`);
  return { id, split: story.split, domain: story.domain, langs: [...langs].sort(), ...counts };
}

const wanted = process.argv.slice(2);
const rows = (wanted.length ? wanted : storyIds()).map(checkStory).filter(Boolean);
const head = ['story', 'split', 'domain', 'langs', 'articles', 'relevant', 'off', ...KINDS];
console.log(`| ${head.join(' | ')} |`);
console.log(`| ${head.map(() => '---').join(' | ')} |`);
for (const r of rows) {
  const cells = [
    r.id,
    r.split,
    r.domain,
    r.langs.join(' '),
    r.articles,
    r.relevant,
    r.offStory,
    ...[...KINDS].map((k) => r[k]),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
const all = new Set(rows.flatMap((r) => r.langs));
console.log(
  `\n${rows.length} stories, ${rows.reduce((n, r) => n + r.articles, 0)} articles, languages: ${[...all].sort().join(' ')}`,
);
if (problems.length) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log(`- ${p}`);
  process.exit(1);
}
