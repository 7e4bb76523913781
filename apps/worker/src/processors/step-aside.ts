import type { HostBusyError } from '@parallax/fetch';
import { DelayedError, type Job } from 'bullmq';

/**
 * A poll whose outlet already has its share of requests in flight goes back to the queue for a moment
 * instead of holding a worker slot: one slow outlet with hundreds of feeds must not starve the others.
 * (Article fetches wait for their host instead: they come in small numbers per item and are bounded
 * by the fetch deadline.)
 * Re-delaying does not count as an attempt. Without the lock token the job cannot move itself, so the
 * error propagates and the job retries with its usual backoff.
 */
export async function stepAsideFromBusyHost(
  job: Pick<Job, 'moveToDelayed'>,
  token: string | undefined,
  err: HostBusyError,
): Promise<never> {
  if (!token) throw err;
  await job.moveToDelayed(Date.now() + 250 + Math.floor(Math.random() * 750), token);
  throw new DelayedError();
}
