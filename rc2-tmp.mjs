import { check } from 'recheck';
const cands = process.argv.slice(2);
for (let i = 0; i < cands.length; i += 2) {
  const r = await check(cands[i], cands[i + 1], { randomSeed: 1, timeout: 20000 });
  console.log(r.status, r.checker, r.complexity?.summary ?? r.error?.kind, cands[i].slice(0, 80));
}
