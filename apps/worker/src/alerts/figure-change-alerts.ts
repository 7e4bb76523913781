import type { Alert } from '@parallax/shared';
import type { WorkerContext } from '../context.js';
import type { FigureChangeBody } from './alert-body.js';
import { figureChangeDedupeKey, relativeGapOf } from './dedupe-key.js';
import { dispatchAlert } from './dispatch.js';
import { alertRulesOf } from './rules.js';

/** A figure an outlet changed between two versions of one article, as the ingestion side reports it. */
export interface FigureChange {
  storyId: string;
  articleId: string;
  outlet: string;
  figureKey: string;
  fromValue: number | null;
  toValue: number | null;
  fromText: string;
  toText: string;
  url: string;
  changedAt: string;
}

/** Severity of a change without two numbers to measure ("thousands" became "11,000"). */
const UNMEASURED_CHANGE_SEVERITY = 0.5;

/**
 * Alerts once per change (story, article, figure key, from and to value), when the story watches figure
 * changes, the outlet and the figure's category. Returns the alert, new or already raised, or null when
 * the rules leave it out.
 */
export async function raiseFigureChangeAlert(ctx: WorkerContext, change: FigureChange): Promise<Alert | null> {
  const story = await ctx.store.stories.get(change.storyId);
  if (!story?.active) return null;
  const rules = alertRulesOf(story, ctx.logger);
  if (!rules.enabled || !rules.figureChanges) return null;
  const category = change.figureKey.split('|')[0] ?? '';
  if (rules.categories && !rules.categories.some((c) => c === category)) return null;
  if (rules.outlets && !rules.outlets.some((o) => o.toLowerCase() === change.outlet.toLowerCase())) return null;
  if (await ctx.store.discrepancies.isSuppressed(change.storyId, change.outlet, change.figureKey)) return null;

  const gap = relativeGapOf(change.fromValue, change.toValue);
  const body: FigureChangeBody = {
    story: { id: story.id, slug: story.slug, title: story.title },
    figureKey: change.figureKey,
    outlet: change.outlet,
    articleId: change.articleId,
    articleUrl: change.url,
    from: { value: change.fromValue, text: change.fromText },
    to: { value: change.toValue, text: change.toText },
    changedAt: change.changedAt,
  };
  const { alert, created } = await ctx.store.alerts.createOnce({
    dedupeKey: figureChangeDedupeKey(change),
    kind: 'figure_changed',
    storyId: story.id,
    severity: gap === null ? UNMEASURED_CHANGE_SEVERITY : Math.min(1, gap),
    title: `${story.title}: ${change.outlet} changed "${change.fromText}" to "${change.toText}"`,
    body: { ...body },
  });
  if (created)
    ctx.logger.info(
      { alertId: alert.id, storyId: story.id, articleId: change.articleId },
      'figure change alert raised',
    );
  await dispatchAlert(ctx, alert, created, rules);
  return alert;
}
