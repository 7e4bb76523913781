import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectTestRedis, deleteRedisPrefix, TEST_REDIS_URL, testRedisPrefix } from '@parallax/shared/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.js';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('shutdown', () => {
  it('aborts a fetch still hanging at the deadline and closes everything', async () => {
    harness = await startHarness({
      feeds: [{ path: '/feed.xml', outlet: 'Outlet A' }],
      env: { SHUTDOWN_DEADLINE_MS: '1000', FETCH_TIMEOUT_MS: '60000' },
    });
    const h = harness;
    let requestClosed: Promise<unknown> = Promise.resolve();
    const requested = new Promise<void>((resolve) => {
      // Never answers: only the shutdown abort can end this request.
      h.outlet.routes.set('/feed.xml', (req) => {
        requestClosed = once(req.socket, 'close');
        resolve();
      });
    });
    h.poll('/feed.xml').catch(() => {});
    await requested;
    await h.running[0]!.close();
    await requestClosed;
    expect(h.running[0]!.ctx.shutdownSignal.aborted).toBe(true);
    // The poll was cut short by the shutdown, not by the feed: its health records no failure.
    const health = (await h.store.feeds.get(h.feedIdOf('/feed.xml')))!.health;
    expect(health).toMatchObject({ consecutiveFailures: 0, lastError: null, lastErrorKind: null });
    // QUIT was sent; the connection ends once Redis closes the socket.
    const { redis } = h.running[0]!.ctx;
    if (redis.status !== 'end') await once(redis, 'end');
    expect(redis.status).toBe('end');
  });

  it('exits 0 on SIGTERM when run as a process', async () => {
    const prefix = testRedisPrefix();
    const dataDir = mkdtempSync(join(tmpdir(), 'parallax-worker-sigterm-'));
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'apps/worker/src/index.ts'], {
      cwd: join(import.meta.dirname, '../../..'),
      env: {
        ...process.env,
        REDIS_URL: TEST_REDIS_URL,
        PARALLAX_REDIS_PREFIX: prefix,
        PARALLAX_DATA_DIR: dataDir,
        PARALLAX_FEED_SCHEDULERS: 'off',
        PARALLAX_CONFIG: '',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('worker started')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${output}`)));
      });
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(output).toContain('shut down');
    } finally {
      child.kill('SIGKILL');
      const redis = connectTestRedis();
      await deleteRedisPrefix(redis, prefix);
      await redis.quit();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
