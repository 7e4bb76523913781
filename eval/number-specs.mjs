#!/usr/bin/env node
// Scores `parallax extract --jsonl` on the public number and money suites in ../shared/number-specs, with the
// suites' own scorer and adapter, three ways:
//   as shipped      the gold as it stands;
//   decimal comma   gold values written with the culture's decimal comma ("0,2", "1234567,89") read as numbers:
//                   the scorer's Number() turns them into NaN, which no reader can match (407 of 2,078 values
//                   outside English);
//   figures only    also without the cases listed in number-specs-not-figures.json (dates, phone numbers,
//                   identifiers), which issue 3 says are not figures.
// Usage: node eval/number-specs.mjs English|other   (writes eval/results/number-specs-<group>.json)
// test/eval/number-specs.test.ts calls scoreNumberSpecs() to guard the targets.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const numberSpecsDir = fileURLToPath(new URL('../../shared/number-specs/', import.meta.url));
const shared = numberSpecsDir;
const models = 'NumberModel,CurrencyModel';
const notFigures = JSON.parse(readFileSync(new URL('number-specs-not-figures.json', import.meta.url), 'utf8')).cases;
const GROUPS = {
  English: ['English'],
  other: ['French', 'German', 'Spanish', 'Portuguese', 'Italian', 'Indonesian'],
};

/** Copies the suites of `languages` with the gold rewritten by `rewrite(file, language, cases)`. */
function rewrittenSpecs(dir, languages, rewrite) {
  for (const type of readdirSync(shared, { withFileTypes: true })) {
    if (!type.isDirectory()) continue;
    for (const language of readdirSync(join(shared, type.name))) {
      if (!languages.includes(language)) continue;
      for (const model of readdirSync(join(shared, type.name, language))) {
        const file = `${type.name}/${language}/${model}`;
        const cases = JSON.parse(readFileSync(join(shared, file), 'utf8').replace(/^\uFEFF/, ''));
        mkdirSync(join(dir, type.name, language), { recursive: true });
        writeFileSync(join(dir, file), JSON.stringify(rewrite(file, language, cases)));
      }
    }
  }
}

const DECIMAL_COMMA_VALUE = /^-?\d*,\d+(?:e[+-]?\d+)?$/i;
function readDecimalComma(_file, language, cases) {
  if (language === 'English') return cases;
  for (const c of cases)
    for (const r of c.Results ?? [])
      for (const key of ['value', 'min', 'max'])
        if (r.Resolution && typeof r.Resolution[key] === 'string' && DECIMAL_COMMA_VALUE.test(r.Resolution[key].trim()))
          r.Resolution[key] = r.Resolution[key].trim().replace(',', '.');
  return cases;
}
function figuresOnly(file, language, cases) {
  const excluded = new Set(notFigures.filter((n) => n.file === file).map((n) => n.input));
  return readDecimalComma(file, language, cases).filter((c) => !excluded.has(c.Input));
}

function score(specs, languages, json) {
  const args = [join(shared, 'run-specs.mjs'), '--specs', specs, '--lang', languages.join(','), '--model', models];
  args.push('--cmd', `node ${join(shared, 'parallax-adapter.mjs')}`, '--batch', '--json', json, '--quiet');
  const r = spawnSync('node', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`run-specs.mjs exited with ${r.status}`);
  return JSON.parse(readFileSync(json, 'utf8'));
}

/**
 * Scores the reader on one group of languages ("English" or "other"): `[view, report]` pairs for the `wanted`
 * views of "as shipped", "decimal comma" (other languages only) and "figures only", each the scorer's full report.
 */
export function scoreNumberSpecs(group, wanted = ['as shipped', 'decimal comma', 'figures only']) {
  const languages = GROUPS[group];
  if (!languages) throw new Error(`unknown group ${group}: English or other`);
  const work = mkdtempSync(join(tmpdir(), 'parallax-specs-'));
  try {
    const views = [['as shipped', shared]];
    if (group !== 'English' && wanted.includes('decimal comma')) {
      rewrittenSpecs(join(work, 'comma'), languages, readDecimalComma);
      views.push(['decimal comma', join(work, 'comma')]);
    }
    if (wanted.includes('figures only')) {
      rewrittenSpecs(join(work, 'figures'), languages, figuresOnly);
      views.push(['figures only', join(work, 'figures')]);
    }
    return views
      .filter(([name]) => wanted.includes(name))
      .map(([name, dir]) => [name, score(dir, languages, join(work, `${name.replace(' ', '-')}.json`))]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function printTable(reports) {
  const files = reports[0][1].files.map((f) => f.file.slice(f.file.indexOf(f.type)));
  const cell = (v) => (v === null || v === undefined ? '–' : `${v}%`);
  const bounds = (r) => (r.boundedMentions ? `${r.boundsOkPct}% of ${r.boundedMentions}` : '');
  console.log(`| suite | cases | ${reports.map(([n]) => `value recall, ${n}`).join(' | ')} | bounds |`);
  console.log(`|---|---:|${reports.map(() => '---:').join('|')}|---:|`);
  files.forEach((file, i) => {
    const row = reports.map(([, r]) => cell(r.files.find((f) => f.file.endsWith(file))?.valueRecallPct));
    const f0 = reports[0][1].files[i];
    console.log(`| ${file.replace(/\.json$/, '')} | ${f0.cases} | ${row.join(' | ')} | ${bounds(f0)} |`);
  });
  const t0 = reports[0][1].total;
  const totals = reports.map(([, r]) => `**${cell(r.total.valueRecallPct)}**`).join(' | ');
  console.log(`| **total** | ${t0.cases} | ${totals} | ${bounds(t0)} |`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const group = process.argv[2] ?? 'English';
  if (!existsSync(shared)) {
    console.log('../shared/number-specs is not beside this checkout; nothing to score');
    process.exit(0);
  }
  const reports = scoreNumberSpecs(group);
  printTable(reports);
  mkdirSync('eval/results', { recursive: true });
  const out = `eval/results/number-specs-${group}.json`;
  writeFileSync(out, JSON.stringify(Object.fromEntries(reports), null, 1));
  console.log(`\nfull reports: ${out}`);
}
