import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompareOutput, Figure } from '@parallax/shared';
import { afterAll, describe, it } from 'vitest';
import { fails, ok, slow } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a fixture file into the test's temp dir and returns its path. */
function fixture(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const values = (figures: readonly Figure[]) => figures.map((f) => f.value);

const KURSK = "South Korea's spy agency said about 11,000 North Korean troops are in Russia's Kursk region.";
const SEOUL = 'The agency told lawmakers in Seoul that the soldiers had been training near the front since October.';

const reference = fixture('reference.txt', `${KURSK} ${SEOUL}\n`);
const conflicting = fixture(
  'conflicting.txt',
  `South Korea's spy agency said 15,000 North Korean troops are in Russia's Kursk region. ${SEOUL}\n`,
);
const agreeing = fixture(
  'agreeing.txt',
  "Lawmakers in Seoul were told by South Korea's spy agency that about 11,000 North Korean troops are in Russia's Kursk region, training near the front.\n",
);
const unrelated = fixture(
  'unrelated.txt',
  'The city council approved a budget of 2.4 million euros for new bicycle lanes on Tuesday. Construction of the 12 kilometres of lanes will begin in the spring, the mayor said.\n',
);

/** An article page whose navigation and footer carry numbers of their own (3, 99, 25, 4,500,000). */
const page = fixture(
  'page.html',
  `<!doctype html>
<html lang="en">
<head><title>North Korean troops in Kursk | The Daily Ledger</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe: 3 months for 99 cents</a> <a href="/top">Top 25 stories</a></nav></header>
<main><article>
<h1>North Korean troops in Kursk</h1>
<p>${KURSK.replace(/'/g, '&#39;')} Lawmakers were briefed on Wednesday.</p>
<p>The agency told the intelligence committee in Seoul that the soldiers had been training near the front line since October and that some had already taken part in combat.</p>
<p>Officials in Kyiv have said the troops are being prepared to help Russian forces push Ukrainian units out of the parts of the region they hold.</p>
</article></main>
<footer><p>Copyright 2024 The Daily Ledger. Read by 4,500,000 people every month.</p></footer>
</body></html>
`,
);
const NAV_NUMBERS = [3, 99, 25, 4_500_000];

/**
 * An invented story (as in packages/core/test/compare-vocabulary.test.ts): Port Arvel and Kessin are
 * regions of Valdoria only for a story whose settings say so.
 */
const valdoriaReference = fixture(
  'valdoria-reference.txt',
  "Fighting continued in Valdoria this week. Valdoria's defence ministry said 1,200 soldiers were killed in Port Arvel since the offensive began.\n",
);
/** 1,250 against 1,200 for the same region: another count as its digits read, not with the story's exact width of 0.1. */
const portArvel = fixture(
  'port-arvel.txt',
  "Fighting continued in Valdoria this week. Valdoria's defence ministry said 1,250 soldiers were killed in Port Arvel since the offensive began.\n",
);
const kessin = fixture(
  'kessin.txt',
  "Fighting continued in Valdoria this week. Valdoria's defence ministry said 1,300 soldiers were killed in Kessin since the offensive began.\n",
);
const valdoriaSettings = fixture(
  'valdoria-settings.json',
  JSON.stringify({
    widths: { exact: 0.1 },
    places: [
      { name: 'Valdoria', aliases: ['Valdorie'] },
      { name: 'Port Arvel', aliases: ['Port-Arvel'], within: 'Valdoria' },
      { name: 'Kessin', within: 'Valdoria' },
    ],
    authorities: [{ name: "Valdoria's defence ministry", aliases: ['the MoD'] }],
    alerts: { minSeverity: 0.5 },
  }),
);

/** An article's discrepancies as "kind reference~article" (the figures' values). */
function findings(output: CompareOutput, input: string): string[] {
  const article = output.articles.find((a) => a.input === input);
  if (!article) throw new Error(`no comparison for ${input}`);
  return article.discrepancies.map((d) => `${d.kind} ${d.reference?.value ?? '-'}~${d.article?.value ?? '-'}`);
}

describe.concurrent('parallax extract', slow, () => {
  it('reads the figures of a text file as JSON, with their language', async ({ expect }) => {
    const result = JSON.parse(await ok(['extract', reference, '--format', 'json']));
    expect(result.language).toBe('en');
    expect(result.figures).toContainEqual(
      expect.objectContaining({ value: 11_000, qualifier: 'approximate', category: 'personnel' }),
    );
  });

  it('reads standard input for "-"', async ({ expect }) => {
    const result = JSON.parse(await ok(['extract', '-'], { stdin: `${KURSK}\n` }));
    expect(result.language).toBe('en');
    expect(values(result.figures)).toEqual([11_000]);
  });

  it('answers --jsonl input line by line, in order', async ({ expect }) => {
    const lines = [
      { text: 'Officials said 250 people were evacuated from the village after the flood.' },
      { text: KURSK, lang: 'en' },
    ];
    const out = await ok(['extract', '--jsonl'], { stdin: `${lines.map((l) => JSON.stringify(l)).join('\n')}\n` });
    const results = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { figures: Figure[] });
    expect(results.map((r) => values(r.figures))).toEqual([[250], [11_000]]);
  });

  it("reads an HTML page's main text only: no figures from its navigation or footer", async ({ expect }) => {
    const result = JSON.parse(await ok(['extract', page]));
    const found = values(result.figures);
    expect(found).toContain(11_000);
    for (const n of NAV_NUMBERS) expect(found).not.toContain(n);
  });
});

describe.concurrent('parallax compare', slow, () => {
  it('finds the conflicting figure, agrees with the same one, and leaves an unrelated article out', async ({
    expect,
  }) => {
    const output: CompareOutput = JSON.parse(
      await ok(['compare', '--format', 'json', '--reference', reference, conflicting, agreeing, unrelated]),
    );
    expect(output.reference.language).toBe('en');
    expect(values(output.reference.figures)).toEqual([11_000]);
    expect(output.articles.map((a) => a.input)).toEqual([conflicting, agreeing, unrelated]);
    expect(findings(output, conflicting)).toEqual(['conflicts 11000~15000']);
    expect(findings(output, agreeing)).toEqual(['agrees 11000~11000']);
    const other = output.articles.find((a) => a.input === unrelated);
    expect(other?.relevant).toBe(false);
    expect(other?.discrepancies).toEqual([]);
  });

  it("without a story's settings: two named places are two figures, and the default widths apply", async ({
    expect,
  }) => {
    const output: CompareOutput = JSON.parse(
      await ok(['compare', '--format', 'json', '--reference', valdoriaReference, kessin, portArvel]),
    );
    expect(findings(output, kessin)).toEqual(['omitted 1200~-', 'added -~1300']);
    expect(findings(output, portArvel)).toEqual(['conflicts 1200~1250']);
  });

  it("with --settings: the story's places are distinct regions (no conflict) and its widths apply", async ({
    expect,
  }) => {
    const args = ['compare', '--format', 'json', '--settings', valdoriaSettings, '--reference', valdoriaReference];
    const output: CompareOutput = JSON.parse(await ok([...args, kessin, portArvel]));
    expect(findings(output, kessin)).toEqual(['omitted 1200~-', 'added -~1300']);
    expect(findings(output, portArvel)).toEqual(['agrees 1200~1250']);
  });
});

describe.concurrent('parallax text', slow, () => {
  it("prints an HTML page's main text, without its navigation", async ({ expect }) => {
    const out = await ok(['text', page]);
    expect(out).toContain("South Korea's spy agency said about 11,000 North Korean troops");
    expect(out).toContain('Officials in Kyiv have said the troops');
    expect(out).not.toContain('Subscribe');
    expect(out).not.toContain('4,500,000');
  });
});

describe.concurrent('errors: a non-zero exit and one line on stderr naming the problem', slow, () => {
  it('a missing input file', async ({ expect }) => {
    const missing = join(dir, 'no-such-article.txt');
    const message = await fails(['extract', missing]);
    expect(message).toContain(missing);
    expect(message).toMatch(/no such file/i);
  });

  it('an unknown --format', async ({ expect }) => {
    expect(await fails(['compare', '--format', 'xml', '--reference', reference, conflicting])).toMatch(
      /--format is json or table/,
    );
  });

  it('a settings file with a bad width, named by its path', async ({ expect }) => {
    const bad = fixture('bad-settings.json', JSON.stringify({ widths: { approximate: -1 }, places: [] }));
    const message = await fails(['compare', '--settings', bad, '--reference', reference, conflicting]);
    expect(message).toContain(bad);
    expect(message).toContain('widths.approximate');
  });
});
