import { check, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { regexLiterals } from './regex-literals.js';

// recheck (https://makenowjust-labs.github.io/recheck/) decides whether a regular expression can take
// super-linear time: by automata theory where it can, else by a seeded (so repeatable) fuzzer.
const SEED = 1;

/** recheck's verdict; an automaton analysis that cannot finish (large alternations) is decided by fuzzing. */
async function verdict(source: string, flags: string): Promise<Diagnostics> {
  const first = await check(source, flags, { randomSeed: SEED, timeout: 10_000 });
  if (first.status !== 'unknown') return first;
  return check(source, flags, { randomSeed: SEED, timeout: 60_000, checker: 'fuzz' });
}

function describeVerdict(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${d.complexity.summary}, attack ${JSON.stringify(d.attack.pattern)}`;
  if (d.status === 'unknown') return `undecided (${d.error.kind})`;
  return d.status;
}

describe('regular expressions over outside text (core, fetch, worker)', () => {
  it('all run in linear time, as recheck rates them', { timeout: 1_200_000 }, async () => {
    const literals = regexLiterals(['packages/core/src/**.ts', 'packages/fetch/src/**.ts', 'apps/worker/src/**.ts']);
    expect(literals.length).toBeGreaterThan(250);
    const superLinear: string[] = [];
    for (const { where, source, flags } of literals) {
      if (REVIEWED.some(([file, start]) => where.startsWith(`${file}:`) && source.startsWith(start))) continue;
      const d = await verdict(source, flags);
      if (d.status !== 'safe') superLinear.push(`${where}: /${source}/${flags}: ${describeVerdict(d)}`);
    }
    expect(superLinear).toEqual([]);
  });
});

/**
 * Rated super-linear (or undecided) by recheck, and reviewed: each by its file and the start of its source,
 * with why it is linear in the text. Anything else recheck does not rate safe fails the test.
 */
const REVIEWED: [file: string, sourceStart: string, why: string][] = [
  // A lookbehind lets a match start only where its run starts, so each run is read once. recheck's fuzzer
  // replays lookbehinds at a cost V8 does not have: its own attack strings take 1-3 ms in Node 20 where the
  // regular expressions without the lookbehind take 28-42 s.
  ['apps/worker/src/alerts/alert-summary.ts', '(?<!\\/)\\/+$', 'starts once per run of slashes'],
  ['packages/core/src/figures/classify/places.ts', ',?(?<!\\s)\\s+', 'starts once per run of spaces (statement joins)'],
  ['packages/core/src/figures/classify/projection.ts', '(?<!\\p{L})\\p{L}{2,}', 'starts once per word'],
  // Run on a slice of bounded length only.
  ['packages/core/src/figures/classify/places.ts', '(?:envoy|ambassador', 'the 60 characters before a place'],
  [
    'packages/core/src/figures/numbers/context-words.ts',
    '(?:^|[^\\p{L}])(?:article|',
    'the 30 characters before a number',
  ],
  ['packages/core/src/figures/numbers/context-words.ts', '(?:rose|risen|', 'the 40 characters before a range'],
  [
    'packages/core/src/figures/numbers/context-words.ts',
    '(?:^|[^\\p{L}])(day|week',
    'the 24 characters before a number',
  ],
  // Not outside text: the names Intl gives the country codes.
  ['packages/core/src/figures/meaning/countries.ts', '\\s*\\(.*\\)$', "Intl's own country names"],
];
