#!/usr/bin/env node
// The `parallax` command. Runs the built CLI; falls back to the TypeScript sources (through tsx) when
// the build is missing or PARALLAX_FROM_SOURCE=1, so a checkout works before `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'apps/cli/dist/main.js');

if (existsSync(built) && process.env.PARALLAX_FROM_SOURCE !== '1') {
  const { main } = await import(pathToFileURL(built).href);
  await main(process.argv);
} else {
  const entry = join(root, 'apps/cli/src/main.ts');
  // tsx resolved from here, not from the caller's folder, so the command runs from anywhere.
  const tsx = import.meta.resolve('tsx');
  const r = spawnSync(process.execPath, ['--conditions=source', '--import', tsx, entry, ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: process.cwd(),
  });
  process.exit(r.status ?? 1);
}
