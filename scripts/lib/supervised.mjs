// One child process the launcher keeps running: when it exits unasked it is started again after a backoff,
// with one line saying why; when asked to stop it gets SIGTERM, then SIGKILL after a grace period.
import { setTimeout as sleep } from 'node:timers/promises';

/** Waits before each restart in a row of quick exits; a run of STABLE_AFTER_MS starts the row again. */
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000];
const STABLE_AFTER_MS = 60_000;

export const exitReason = (code, signal) => (signal ? `killed by ${signal}` : `exit code ${code}`);

export class Supervised {
  #child = null;
  #startedAt = 0;
  #quickExits = 0;
  #restartTimer = null;
  #stopping = false;
  /** Until the launcher says the whole stack is up, an exit is a failed start, not a crash to restart. */
  startedUp = false;

  /**
   * @param {object} o
   * @param {string} o.name what the terminal calls it
   * @param {() => import('node:child_process').ChildProcess} o.spawn starts one run
   * @param {(line: string) => void} o.log
   * @param {(pid: number) => string | null} [o.detail] what the exited run last reported, to say why it exited
   * @param {() => void} [o.onStart] called with each new run (to record its id)
   * @param {(reason: string) => void} o.onFatal called when it fails to start, or exits too often
   * @param {() => boolean} [o.ending] true once the launcher is stopping everything (a Ctrl-C reaches some
   *   children before the launcher has asked them): an exit then is no crash
   */
  constructor(o) {
    this.o = o;
  }

  get pid() {
    return this.#child?.pid;
  }

  isRunning() {
    return this.#child?.pid !== undefined && this.#child.exitCode === null && this.#child.signalCode === null;
  }

  start() {
    const child = this.o.spawn();
    this.#child = child;
    this.#startedAt = Date.now();
    // A signal is reason enough; an exit code is explained by what the child last reported.
    child.once('exit', (code, signal) => this.#exited(child, exitReason(code, signal), signal === null));
    child.once('error', (err) => this.#exited(child, err.message, false));
    this.o.onStart?.();
    return child;
  }

  #exited(child, how, explain) {
    if (this.#stopping || this.o.ending?.() || child !== this.#child || this.#restartTimer) return;
    const detail = explain ? this.o.detail?.(child.pid) : null;
    const reason = detail ? `${how}: ${detail}` : how;
    if (!this.startedUp) return this.o.onFatal(`${this.o.name} failed while Parallax was starting (${reason})`);
    this.#quickExits = Date.now() - this.#startedAt >= STABLE_AFTER_MS ? 1 : this.#quickExits + 1;
    const delay = BACKOFF_MS[this.#quickExits - 1];
    if (delay === undefined) return this.o.onFatal(`${this.o.name} keeps exiting (${reason})`);
    this.o.log(`${this.o.name} exited (${reason}); restarting in ${delay / 1000} s`);
    this.#restartTimer = setTimeout(() => {
      this.#restartTimer = null;
      if (this.#stopping) return;
      try {
        this.start();
      } catch (err) {
        this.#exited(child, `could not start again: ${err.message}`, false);
      }
    }, delay);
  }

  /** SIGTERM, then SIGKILL after graceMs; at once when it is not running (no wait on a dead process). */
  async stop(graceMs) {
    this.#stopping = true;
    clearTimeout(this.#restartTimer);
    if (!this.isRunning()) return;
    const child = this.#child;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const ac = new AbortController();
    const inTime = await Promise.race([
      exited.then(() => true),
      sleep(graceMs, false, { signal: ac.signal }).catch(() => true),
    ]);
    ac.abort();
    if (inTime) return;
    child.kill('SIGKILL');
    await exited;
  }
}
