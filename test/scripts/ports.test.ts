import { describe, expect, it } from 'vitest';
import { freePort, portIsFree } from '../../scripts/lib/ports.mjs';

describe("npm start's ports", () => {
  it('never hands out a port promised to another program, and releases the ones it passed over', async () => {
    // The launcher avoids the dashboard's and the demo outlets' ports: free when Redis's is chosen, bound later.
    const offered: number[] = [];
    const promised = { includes: (port: number) => offered.push(port) <= 2 };
    const port = await freePort('127.0.0.1', { avoid: promised });
    expect(offered).toHaveLength(3);
    expect(new Set(offered).size).toBe(3);
    expect(port).toBe(offered[2]);
    await new Promise((r) => setTimeout(r, 50));
    for (const passedOver of offered.slice(0, 2)) expect(await portIsFree(passedOver)).toBe(true);
  });

  it('answers a port that is free', async () => {
    const port = await freePort();
    expect(await portIsFree(port)).toBe(true);
  });
});
