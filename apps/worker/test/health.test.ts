import { get } from 'node:http';
import { TEST_STORE_KINDS } from '@parallax/shared/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.js';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

function getJson(port: number, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
      );
    }).on('error', reject);
  });
}

describe.each(TEST_STORE_KINDS)('the worker health endpoint on %s', (storeKind) => {
  it('is live, and ready only while Redis, the store and every queue worker are up', async () => {
    harness = await startHarness({ store: storeKind, feeds: [], env: { WORKER_HEALTH_PORT: '0' } });
    const running = harness.running[0]!;
    const port = running.healthPort!;
    expect(port).toBeGreaterThan(0);

    expect(await getJson(port, '/healthz')).toEqual({ status: 200, body: { ok: true } });
    const ready = await getJson(port, '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ ready: true, redis: 'ok', store: 'ok' });
    const queues = ready.body.queues as Record<string, string>;
    expect(Object.keys(queues).length).toBe(running.workers.length);
    expect(Object.values(queues).every((q) => q === 'running')).toBe(true);

    // A paused queue worker takes no jobs: the process is alive but not ready, and says which.
    const paused = running.workers[0]!;
    await paused.pause(true);
    const notReady = await getJson(port, '/readyz');
    expect(notReady.status).toBe(503);
    expect(notReady.body).toMatchObject({ ready: false, queues: { [paused.name]: 'paused' } });
    expect((await getJson(port, '/healthz')).status).toBe(200);
    paused.resume();
    expect((await getJson(port, '/readyz')).status).toBe(200);
    expect((await getJson(port, '/nope')).status).toBe(404);
  });
});
