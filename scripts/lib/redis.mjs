// Finds or runs the Redis that Parallax uses. REDIS_URL wins; otherwise a redis-server of our own on a
// free loopback port, append-only in the data folder, so queued work survives a restart.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function redisServerAvailable() {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

export const NO_REDIS_HELP = `Parallax needs Redis 7 and found no redis-server on PATH, and REDIS_URL is not set.
Get one of these:
  - Debian/Ubuntu:  sudo apt-get install redis-server
  - macOS:          brew install redis
  - Docker:         docker compose -f infra/docker-compose.yml up -d redis   (then REDIS_URL=redis://127.0.0.1:6379)
or point REDIS_URL at a Redis you run.`;

/** Sends PING over a raw socket: no client library needed before dependencies are installed. */
export function ping(port, host = '127.0.0.1', timeoutMs = 500) {
  return new Promise((resolve) => {
    const sock = connect({ port, host });
    const done = (ok) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.on('error', () => done(false));
    sock.on('connect', () => sock.write('PING\r\n'));
    sock.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

export async function startOwnRedis(dataDir, log) {
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'everysec',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
      '--protected-mode',
      'yes',
      '--logfile',
      join(dir, 'redis.log'),
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    if (await ping(port)) {
      log(`redis: own redis-server on 127.0.0.1:${port}, append-only in ${dir}`);
      return { url: `redis://127.0.0.1:${port}`, child };
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not start; see ${join(dir, 'redis.log')}`);
}
