// Facts about processes by id, for a launcher that must tell its own leftovers from strangers.
import { readFileSync } from 'node:fs';

/** True while a process with this id exists (one we may not signal still exists). */
export function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/**
 * True when the process is alive and, where the system shows command lines (/proc), its command line contains
 * `marker`: a recorded id the system has since given to another program is not ours.
 */
export function isAliveRunning(pid, marker) {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
  } catch {
    return true;
  }
}

/** Signals a process, then SIGKILLs it if it is still there after graceMs. Resolves once it is gone. */
export async function terminate(pid, graceMs) {
  const send = (signal) => {
    try {
      process.kill(pid, signal);
    } catch {}
  };
  send('SIGTERM');
  const until = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) send('SIGKILL');
}
