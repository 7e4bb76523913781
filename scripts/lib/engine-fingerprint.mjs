// The fingerprint of the analysis engine's sources (packages/core/src): every file's path and text, hashed in path
// order. A static test compares it with the one recorded beside the engine version, so that no change to the core
// lands without someone deciding whether stored analyses must be made again (ANALYSIS_ENGINE_VERSION).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const CORE_SOURCES = 'packages/core/src';
export const RECORD = 'packages/core/engine-fingerprint.json';

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The engine version written in the core's sources, and the hash of those sources. */
export function engineFingerprint(root) {
  const dir = join(root, CORE_SOURCES);
  const hash = createHash('sha256');
  for (const file of filesUnder(dir).sort()) {
    hash.update(relative(dir, file).split('\\').join('/'));
    hash.update('\0');
    hash.update(readFileSync(file, 'utf8').replaceAll('\r\n', '\n'));
    hash.update('\0');
  }
  const versionFile = readFileSync(join(dir, 'engine-version.ts'), 'utf8');
  const version = /ANALYSIS_ENGINE_VERSION = '([^']+)'/.exec(versionFile)?.[1] ?? null;
  return { version, sources: hash.digest('hex') };
}
