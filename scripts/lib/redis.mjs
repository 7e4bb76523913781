// Finds or runs the Redis that Parallax uses. REDIS_URL wins; otherwise a redis-server of our own on a
// free loopback port, append-only in the data folder, so queued work survives a restart.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, fstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

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

export const redisDir = (dataDir) => join(dataDir, 'redis');

/**
 * Runs redis-server on 127.0.0.1:port, append-only in the data folder. It gets a process group of its own, so
 * the terminal's Ctrl-C (sent to the whole foreground group) leaves it to the launcher, which stops it last,
 * after the workers that still use it.
 */
export function spawnRedis(dataDir, port) {
  const dir = redisDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes'];
  args.push('--appendfsync', 'everysec', '--save', '', '--maxmemory-policy', 'noeviction');
  args.push('--protected-mode', 'yes', '--logfile', join(dir, 'redis.log'));
  return spawn('redis-server', args, { stdio: 'ignore', detached: true });
}

/** Resolves once the Redis on port answers; throws if its process ends or it stays silent for 10 s. */
export async function waitForRedis(dataDir, port, child) {
  for (let i = 0; i < 100; i++) {
    if (await ping(port)) return;
    if (child.exitCode !== null || child.signalCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const why = lastRedisWarning(dataDir, child.pid) ?? `see ${join(redisDir(dataDir), 'redis.log')}`;
  throw new Error(`redis-server did not start: ${why}`);
}

const LOG_TAIL_BYTES = 16_384;

/** The last warning (a "#" line) the redis-server with this id logged, to say why it stopped; null if none. */
export function lastRedisWarning(dataDir, pid) {
  let fd;
  try {
    fd = openSync(join(redisDir(dataDir), 'redis.log'), 'r');
    const size = fstatSync(fd).size;
    const tail = Buffer.alloc(Math.min(size, LOG_TAIL_BYTES));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    const lines = tail.toString('utf8').split('\n').reverse();
    const warning = lines.find((line) => line.startsWith(`${pid}:`) && line.includes(' # '));
    return warning ? warning.slice(warning.indexOf(' # ') + 3) : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
