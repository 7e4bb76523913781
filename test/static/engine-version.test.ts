import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineFingerprint, RECORD } from '../../scripts/lib/engine-fingerprint.mjs';

const root = join(import.meta.dirname, '..', '..');

describe('the analysis engine version', () => {
  it('was decided on for the core sources as they stand', () => {
    const recorded = JSON.parse(readFileSync(join(root, RECORD), 'utf8')) as { version: string; sources: string };
    const now = engineFingerprint(root);
    expect(
      now,
      `packages/core/src changed since ${RECORD} was recorded. If an article may now be read or compared ` +
        'differently, bump ANALYSIS_ENGINE_VERSION (packages/core/src/engine-version.ts) so stored analyses are ' +
        'made again; then run `node scripts/engine-fingerprint.mjs`.',
    ).toEqual(recorded);
  });
});
