#!/usr/bin/env node
// Dependency gate: every installed copy of a package named in the reliability checklist's advisory table
// must be at or above its fixed version, and packages with no fix must be absent. Then `npm audit` at
// level high, when the registry's audit endpoint answers (it does not on every network).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MINIMUMS = {
  xml2js: '0.5.0',
  'rss-parser': '3.13.0',
  'fast-xml-parser': '5.5.7',
  diff: '8.0.3',
  undici: '7.18.2',
  cheerio: '1.0.0',
  'ip-address': '10.3.1',
  dompurify: '3.4.7',
  'sanitize-html': '2.17.5',
  bullmq: '5.81.3',
};
const FORBIDDEN = {
  ip: 'misclassifies encoded loopback (CVE-2024-29415)',
  request: 'SSRF via cross-protocol redirect (CVE-2023-28155)',
};

const cmp = (a, b) => {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
};

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const problems = [];
let checked = 0;
for (const [path, info] of Object.entries(lock.packages ?? {})) {
  const name = path.split('node_modules/').pop();
  if (!name || !info.version || info.link) continue;
  if (FORBIDDEN[name]) problems.push(`${path}@${info.version} must not be used: ${FORBIDDEN[name]}`);
  const min = MINIMUMS[name];
  if (min) {
    checked++;
    if (cmp(info.version, min) < 0) problems.push(`${path}@${info.version} is below the fixed version ${min}`);
  }
}
console.log(`advisory table: ${checked} installed copies checked against ${Object.keys(MINIMUMS).length} minimums`);

const audit = spawnSync('npm', ['audit', '--audit-level=high', '--omit=dev', '--json'], { encoding: 'utf8' });
try {
  const j = JSON.parse(audit.stdout);
  if (j.error)
    console.log(
      `npm audit: endpoint unavailable here (${j.error.summary ?? j.error.code}); the table check stands alone`,
    );
  else {
    const v = j.metadata?.vulnerabilities ?? {};
    console.log(`npm audit: ${JSON.stringify(v)}`);
    if ((v.high ?? 0) + (v.critical ?? 0) > 0) problems.push('npm audit reports high or critical vulnerabilities');
  }
} catch {
  console.log('npm audit: no readable answer; the table check stands alone');
}

if (problems.length > 0) {
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log('dependencies: ok');
