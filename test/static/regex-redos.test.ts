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
      if (BOUNDED_INPUT.some(([file, start]) => where.startsWith(`${file}:`) && source.startsWith(start))) continue;
      const d = await verdict(source, flags);
      if (d.status !== 'safe') superLinear.push(`${where}: /${source}/${flags}: ${describeVerdict(d)}`);
    }
    expect(superLinear).toEqual([]);
  });
});

/**
 * Super-linear in recheck's terms but only ever run on input of a bounded length, so linear in the text:
 * each by its file and the start of its source, with the bound. Anything else recheck does not rate safe
 * fails the test.
 */
const BOUNDED_INPUT: [file: string, sourceStart: string, bound: string][] = [];
