import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('@parallax/shared', () => {
  it('opens no connection and starts no timer at import', () => {
    // A fresh process imports the package and reports what keeps its event loop alive.
    const script = `
      await new Promise((r) => setTimeout(r, 50));
      const before = process.getActiveResourcesInfo();
      await import('@parallax/shared');
      await new Promise((r) => setTimeout(r, 50));
      const after = process.getActiveResourcesInfo();
      for (const name of before) after.splice(after.indexOf(name), 1);
      console.log(JSON.stringify({ after }));
    `;
    const r = spawnSync(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
        cwd: new URL('..', import.meta.url).pathname,
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const { after } = JSON.parse(r.stdout.trim().split('\n').pop()!) as { after: string[] };
    expect(after.filter((name) => /TCP|Pipe|Timeout|Interval|FSReq/i.test(name))).toEqual([]);
  });
});
