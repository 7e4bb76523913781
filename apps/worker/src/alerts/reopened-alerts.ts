import type { WorkerContext } from '../context.js';
import { raiseConflictAlerts } from './conflict-alerts.js';

/** How far back reopen reviews are looked for: several ticks, so a missed tick loses nothing. */
const REOPEN_LOOKBACK_MS = 24 * 3_600_000;

/**
 * A reopened finding is an old row, so the analysis never hands it over again: this pass finds the
 * findings reopened lately and raises them. Their dedupe key counts reopens, so each reopen alerts once
 * however often the pass runs.
 */
export async function raiseAlertsForReopened(ctx: WorkerContext, options: { now?: Date } = {}): Promise<void> {
  const since = new Date((options.now ?? new Date()).getTime() - REOPEN_LOOKBACK_MS).toISOString();
  const ids = await ctx.store.alerts.reopenedSince(since);
  const rows = await ctx.store.discrepancies.getMany(ids);
  if (rows.length > 0) await raiseConflictAlerts(ctx, rows);
}
