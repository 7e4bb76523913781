import { readFileSync } from 'node:fs';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { regexLiterals } from './regex-literals.js';

// recheck (https://makenowjust-labs.github.io/recheck/) proves by automata theory whether a regular
// expression can take super-linear time. Its other checker, a fuzzer, gives different verdicts from run to
// run (it is timed), so it is not used here. The automaton cannot read lookarounds or back-references and
// gives up on the largest alternations: those stay undecided here, and the lookbehinds that make a match
// start once per run were checked by replaying the fuzzer's attack strings (README, "CPU is bounded").
const AUTOMATON = { checker: 'automaton', timeout: 5_000 } as const;

describe('regular expressions over outside text (core, fetch, worker)', () => {
  it('none is proven super-linear by recheck', { timeout: 600_000 }, async () => {
    const literals = regexLiterals(['packages/core/src/**.ts', 'packages/fetch/src/**.ts', 'apps/worker/src/**.ts']);
    expect(literals.length).toBeGreaterThan(250);
    const superLinear: string[] = [];
    let proven = 0;
    for (const { where, source, flags } of literals) {
      if (REVIEWED.some(([file, start]) => where.startsWith(`${file}:`) && source.startsWith(start))) continue;
      const d = await check(source, flags, AUTOMATON);
      if (d.status === 'safe') proven++;
      if (d.status === 'vulnerable') superLinear.push(`${where}: /${source}/${flags}: ${d.complexity.summary}`);
    }
    expect(superLinear).toEqual([]);
    // Most are decided: the audit is not vacuous.
    expect(proven).toBeGreaterThan(200);
  });
});

describe('regular expressions core builds at run time (lexicons in seven languages)', () => {
  it('none is proven super-linear by recheck', { timeout: 600_000 }, async () => {
    const built = await regexesBuiltWhile(async () => {
      // Importing builds the lexicon patterns; reading and comparing texts builds the ones made on first use.
      const core = await import('@parallax/core');
      const reference = readFileSync(
        new URL('../../infra/demo/content/reference/reference-article.txt', import.meta.url),
        'utf8',
      );
      const analysed = core.analyseText(reference, { language: 'en' });
      for (const language of ['fr', 'de', 'es', 'it', 'pt', 'id']) {
        core.analyseText('Le ministère a dit que 1 200 soldats ont été tués le 3 mars à Paris, selon Reuters.', {
          language,
        });
      }
      const article = core.analyseText('North Korea sent 12,000 troops to Kursk, officials said.', { language: 'en' });
      core.compareArticle(analysed, article, 'article');
    });
    expect(built.length).toBeGreaterThan(30);
    const superLinear: string[] = [];
    for (const { source, flags } of built) {
      const d = await check(source, flags, AUTOMATON);
      if (d.status === 'vulnerable') superLinear.push(`/${source.slice(0, 200)}/${flags}: ${d.complexity.summary}`);
    }
    expect(superLinear).toEqual([]);
  });
});

/** Every regular expression constructed (new RegExp) while `run` runs; literals are not constructed. */
async function regexesBuiltWhile(run: () => Promise<void>): Promise<{ source: string; flags: string }[]> {
  const built = new Map<string, { source: string; flags: string }>();
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp;
      built.set(`/${made.source}/${made.flags}`, { source: made.source, flags: made.flags });
      return made;
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return [...built.values()];
}

/**
 * Proven super-linear by recheck, and reviewed: each by its file and the start of its source, with why it is
 * no risk. Anything else recheck proves super-linear fails the test.
 */
const REVIEWED: [file: string, sourceStart: string, why: string][] = [
  [
    'packages/core/src/figures/meaning/countries.ts',
    '\\s*\\(.*\\)$',
    "runs on Intl's own country names, not outside text",
  ],
];
