import type { StoredDiscrepancy } from '@parallax/shared';
import type { WorkerContext } from '../context.js';
import { raiseConflictAlerts } from './conflict-alerts.js';
import { deliverAlert as deliver } from './deliver.js';

export { type AlertChannelEnv, type ChannelTarget, channelsForStory, configuredChannels } from './channels.js';
export { checkFeedHealth, type FeedHealthOptions } from './feed-health.js';
export { type FigureChange, raiseFigureChangeAlert } from './figure-change-alerts.js';
export { sendDigests } from './digests.js';
export { raiseAlertsForReopened } from './reopened-alerts.js';
export { resendUndelivered } from './resend.js';
export { AlertRules, alertRulesOf, defaultAlertRules, QuietHours } from './rules.js';
export {
  SIGNATURE_HEADER,
  signWebhookBody,
  TIMESTAMP_HEADER,
  verifyWebhookSignature,
} from './webhook-signature.js';

/**
 * Called by the analyse-article processor after an analysis is stored, with the discrepancies that
 * analysis created. Decides which become alerts and enqueues their delivery.
 */
export async function raiseAlertsForDiscrepancies(ctx: WorkerContext, created: StoredDiscrepancy[]): Promise<void> {
  await raiseConflictAlerts(ctx, created);
}

/** Processor of the deliver-alert queue. */
export async function deliverAlert(ctx: WorkerContext, payload: { alertId: string; channel: string }): Promise<void> {
  await deliver(ctx, payload);
}
