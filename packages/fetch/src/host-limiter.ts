/**
 * Politeness per host inside one process: at most `concurrency` requests at once and request starts
 * spaced by `intervalMs`. Across worker processes the BullMQ queue limits and job spreading do the rest;
 * this only keeps one process from hammering one outlet.
 */
export class HostLimiter {
  private readonly hosts = new Map<string, { active: number; nextStartAt: number; waiting: Array<() => void> }>();

  constructor(
    private readonly concurrency: number,
    private readonly intervalMs: number,
  ) {}

  /** True when the host already has as many requests in flight as it may. */
  isFull(host: string): boolean {
    const s = this.hosts.get(host);
    return s !== undefined && s.active >= this.concurrency;
  }

  /** Resolves with a release function once the host has room; rejects if the signal aborts first. */
  async acquire(host: string, signal?: AbortSignal): Promise<() => void> {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, nextStartAt: 0, waiting: [] };
      this.hosts.set(host, state);
    }
    const s = state;
    while (s.active >= this.concurrency) await waitForTurn(s.waiting, signal);
    s.active++;
    const now = Date.now();
    const startAt = Math.max(now, s.nextStartAt);
    s.nextStartAt = startAt + this.intervalMs;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      s.active--;
      s.waiting.shift()?.();
      if (s.active === 0 && s.waiting.length === 0 && s.nextStartAt <= Date.now()) this.hosts.delete(host);
    };
    if (startAt > now) {
      try {
        await sleep(startAt - now, signal);
      } catch (err) {
        release();
        throw err;
      }
    }
    return release;
  }
}

function waitForTurn(queue: Array<() => void>, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      const i = queue.indexOf(wake);
      if (i >= 0) queue.splice(i, 1);
      reject(signal?.reason);
    };
    const wake = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    queue.push(wake);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
