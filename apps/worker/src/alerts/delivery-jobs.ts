import { DeliverAlertPayload, jobIds, QueueName, queueContracts } from '@parallax/shared';
import type { BackoffOptions } from 'bullmq';
import type { WorkerContext } from '../context.js';

/** Share of each retry delay that is random, so alerts that failed together do not all retry together. */
const BACKOFF_JITTER = 0.3;

/** The queue's own backoff (exponential from the contract, or what a test configured), with jitter. */
function backoffWithJitter(configured: number | BackoffOptions | undefined): BackoffOptions | undefined {
  if (configured === undefined) return undefined;
  if (typeof configured === 'number') return { type: 'fixed', delay: configured, jitter: BACKOFF_JITTER };
  return { ...configured, jitter: BACKOFF_JITTER };
}

export type EnqueueOutcome = 'added' | 'already-queued' | 'revived';

/**
 * One job per alert and channel, its id from jobIds.deliverAlert, so a second raise of the same alert
 * while the job is known to BullMQ adds nothing. `revive` (re-sending) also restarts a job that used up
 * its retries, or replaces one that completed without delivering.
 */
export async function enqueueDelivery(
  ctx: WorkerContext,
  alertId: string,
  channel: string,
  options: { delayMs?: number; revive?: boolean } = {},
): Promise<EnqueueOutcome> {
  const { queue } = ctx.queues[QueueName.DeliverAlert];
  const jobId = jobIds.deliverAlert(alertId, channel);
  const existing = await queue.getJob(jobId);
  if (existing) {
    if (!options.revive) return 'already-queued';
    const state = await existing.getState();
    if (state === 'failed') {
      // A fresh set of retries: the operator fixed the channel, the old failures say nothing about it now.
      await existing.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      return 'revived';
    }
    if (state !== 'completed') return 'already-queued';
    await existing.remove();
  }
  const payload = DeliverAlertPayload.parse({ alertId, channel });
  const backoff = backoffWithJitter(queue.defaultJobOptions.backoff);
  // A concurrent raise may add the same id in between: BullMQ then keeps the first job, which is the point.
  await queue.add(queueContracts[QueueName.DeliverAlert].jobName, payload, {
    jobId,
    ...(options.delayMs && options.delayMs > 0 ? { delay: options.delayMs } : {}),
    ...(backoff ? { backoff } : {}),
  });
  return 'added';
}
