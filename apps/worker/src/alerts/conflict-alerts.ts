import type { Article, Story, StoredDiscrepancy } from '@parallax/shared';
import type { WorkerContext } from '../context.js';
import type { ConflictBody } from './alert-body.js';
import { conflictDedupeKey, conflictKeyPrefix, gapBucketOf, relativeGapOf } from './dedupe-key.js';
import { dispatchAlert } from './dispatch.js';
import { type AlertRules, alertRulesOf } from './rules.js';

/** Whether a finding is one the story's rules watch, before anything is looked up. */
export function watchedByRules(d: StoredDiscrepancy, rules: AlertRules): boolean {
  if (!rules.enabled || d.kind !== 'conflicts' || d.status === 'dismissed') return false;
  if (d.severity < rules.minSeverity || d.confidence < rules.minConfidence) return false;
  if (rules.categories && (d.category === null || !rules.categories.some((c) => c === d.category))) return false;
  if (rules.outlets && !rules.outlets.some((o) => o.toLowerCase() === d.outlet.toLowerCase())) return false;
  const gap = relativeGapOf(d.reference?.value ?? null, d.article?.value ?? null);
  return gap === null || gap >= rules.minRelativeGap;
}

/**
 * An article published before its story existed belongs to the baseline: the coverage the desk starts
 * from. Without a publication date, when Parallax first saw it stands in.
 */
export const predatesStory = (article: Pick<Article, 'publishedAt' | 'firstSeenAt'>, story: Pick<Story, 'createdAt'>) =>
  Date.parse(article.publishedAt ?? article.firstSeenAt) < Date.parse(story.createdAt);

const formatReading = (text: string | undefined): string => (text ? `"${text}"` : 'nothing');

/**
 * Turns newly stored discrepancies into alerts: conflicts the story's rules watch, not suppressed, not
 * part of the baseline, whose gap is not smaller than one already alerted. The store's unique dedupe key
 * keeps it to one alert per story, figure key, outlet, gap bucket and reopen count, however many times
 * and from however many processes this runs with the same rows.
 */
export async function raiseConflictAlerts(ctx: WorkerContext, created: StoredDiscrepancy[]): Promise<void> {
  const stories = new Map<string, { story: Story; rules: AlertRules } | null>();
  for (const d of created) {
    if (d.kind !== 'conflicts') continue;
    if (!stories.has(d.storyId)) {
      const story = await ctx.store.stories.get(d.storyId);
      stories.set(d.storyId, story?.active ? { story, rules: alertRulesOf(story, ctx.logger) } : null);
    }
    const found = stories.get(d.storyId);
    if (!found || !watchedByRules(d, found.rules)) continue;
    const { story, rules } = found;
    if (await ctx.store.discrepancies.isSuppressed(d.storyId, d.outlet, d.key)) continue;
    const article = await ctx.store.articles.get(d.articleId);
    if (rules.baseline === 'silent' && article && predatesStory(article, story)) continue;

    const reopens = (await ctx.store.discrepancies.reviews(d.id)).filter((r) => r.action === 'reopen').length;
    const gap = relativeGapOf(d.reference?.value ?? null, d.article?.value ?? null);
    const gapBucket = gapBucketOf(gap, rules.gapStep);
    // Only a gap that grew past a step alerts again: a value back inside an earlier bucket stays quiet.
    const earlier = await ctx.store.alerts.withDedupePrefix(conflictKeyPrefix(d.storyId, d.key, d.outlet, reopens));
    const highest = Math.max(-1, ...earlier.map((a) => Number((a.body as Partial<ConflictBody>).gapBucket ?? -1)));
    if (gapBucket !== null && gapBucket < highest) continue;

    const body: ConflictBody = {
      story: { id: story.id, slug: story.slug, title: story.title },
      discrepancyId: d.id,
      figureKey: d.key,
      category: d.category,
      outlet: d.outlet,
      referenceOutlet: story.outlet,
      reference: d.reference
        ? { text: d.reference.text, value: d.reference.value, sentence: d.reference.sentence }
        : null,
      article: d.article ? { text: d.article.text, value: d.article.value, sentence: d.article.sentence } : null,
      articleId: d.articleId,
      articleUrl: article?.url ?? null,
      articleTitle: article?.title ?? null,
      relativeGap: gap,
      gapBucket,
    };
    const { alert, created: isNew } = await ctx.store.alerts.createOnce({
      dedupeKey: conflictDedupeKey(d.storyId, d.key, d.outlet, reopens, gapBucket),
      kind: 'conflict',
      storyId: d.storyId,
      discrepancyId: d.id,
      severity: d.severity,
      title: `${story.title}: ${d.outlet} says ${formatReading(d.article?.text)} where the reference says ${formatReading(d.reference?.text)}`,
      body: { ...body },
    });
    if (isNew) ctx.logger.info({ alertId: alert.id, storyId: d.storyId, discrepancyId: d.id }, 'conflict alert raised');
    await dispatchAlert(ctx, alert, isNew, rules);
  }
}
