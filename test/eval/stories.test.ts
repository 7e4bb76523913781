import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The many-stories set (eval/stories): the labels are valid, and the engine's findings on it, written by
 * eval/run-stories.ts and scored by eval/stories/score-stories.mjs (which never imports the engine), do not
 * fall below what this release measured. These are regression floors, not issue 12's targets, which the
 * README reports against: precision first, so the floors on precision and false alerts are the tight ones.
 */
const root = join(import.meta.dirname, '..', '..');
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

interface SplitScores {
  relevantArticles: number;
  conflictsPrecision: number;
  conflictsRecall: number;
  falseAlertsPer50: number;
  relevancePrecision: number;
  relevanceRecall: number;
}

/** What this release measured on each half, less a little room for ties broken differently. */
const FLOORS: Record<'dev' | 'test', Omit<SplitScores, 'relevantArticles'>> = {
  // A difference the digits do not explain is a conflict only on all the evidence (compare/misreport-evidence.ts):
  // recall traded for precision, on purpose. Recall 0.455 over 285 stories at the release before; 0.434 over 301 with
  // the 16 development stories written unseen this release (rounds 49 to 52, which came in at 0.169 and 0.241 on
  // first contact; the 285 older ones 0.456); precision 0.993.
  dev: {
    conflictsPrecision: 0.99,
    conflictsRecall: 0.43,
    falseAlertsPer50: 0.1,
    relevancePrecision: 0.95,
    relevanceRecall: 0.95,
  },
  // The floors follow what the test half measures (260 stories, 16 of them written unseen this release: precision
  // 0.854, recall 0.311, 0.70 false alerts per 50; 0.852, 0.311 and 0.72 with the release-start engine), not the
  // targets.
  test: {
    conflictsPrecision: 0.85,
    conflictsRecall: 0.31,
    falseAlertsPer50: 0.75,
    relevancePrecision: 0.95,
    relevanceRecall: 0.95,
  },
};

describe('the many-stories set', () => {
  it('has valid labels: at least 20 stories, each 10 relevant articles in 3 languages, all seven languages', () => {
    const out = run('node', ['eval/stories/check-stories.mjs']);
    const [, stories, languages] = /(\d+) stories, \d+ articles, languages: ([a-z ]+)/.exec(out) ?? [];
    expect(Number(stories)).toBeGreaterThanOrEqual(20);
    expect(languages?.split(' ').sort()).toEqual(['de', 'en', 'es', 'fr', 'id', 'it', 'pt']);
  }, 60_000);

  it('keeps each half at or above this release’s scores', () => {
    run('npx', ['tsx', '--conditions=source', 'eval/run-stories.ts']);
    run('node', ['eval/stories/score-stories.mjs']);
    const { splits } = JSON.parse(readFileSync(join(root, 'eval/results/stories-scores.json'), 'utf8')) as {
      splits: Record<'dev' | 'test', SplitScores>;
    };
    for (const half of ['dev', 'test'] as const) {
      const s = splits[half];
      const floor = FLOORS[half];
      expect(s.relevantArticles, half).toBeGreaterThanOrEqual(100);
      expect(s.conflictsPrecision, `${half} conflicts precision`).toBeGreaterThanOrEqual(floor.conflictsPrecision);
      expect(s.conflictsRecall, `${half} conflicts recall`).toBeGreaterThanOrEqual(floor.conflictsRecall);
      expect(s.falseAlertsPer50, `${half} false alerts per 50`).toBeLessThanOrEqual(floor.falseAlertsPer50);
      expect(s.relevancePrecision, `${half} relevance precision`).toBeGreaterThanOrEqual(floor.relevancePrecision);
      expect(s.relevanceRecall, `${half} relevance recall`).toBeGreaterThanOrEqual(floor.relevanceRecall);
    }
  }, 300_000);
});
