#!/usr/bin/env node
// Records the fingerprint of the analysis engine's sources beside its version (packages/core/engine-fingerprint.json).
// Run it after a change to packages/core/src, once you have decided whether the change may read or compare any
// article differently: if it may, bump ANALYSIS_ENGINE_VERSION first (packages/core/src/engine-version.ts), so that
// the worker analyses stored articles again. test/static/engine-version.test.ts fails until the record is current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineFingerprint, RECORD } from './lib/engine-fingerprint.mjs';

const root = join(import.meta.dirname, '..');
const fingerprint = engineFingerprint(root);
writeFileSync(join(root, RECORD), `${JSON.stringify(fingerprint, null, 2)}\n`);
console.log(`engine ${fingerprint.version}: sources ${fingerprint.sources.slice(0, 12)} recorded in ${RECORD}`);
