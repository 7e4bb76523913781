import type { Article, Story, StoredDiscrepancy } from '@parallax/shared';
import type { WorkerContext } from '../context.js';
import type { ConflictBody } from './alert-body.js';
import { conflictDedupeKey, gapBucketOf, relativeGapOf } from './dedupe-key.js';
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

interface StoryRules {
  story: Story;
  rules: AlertRules;
  suppressed: Set<string>;
}

const suppressionKey = (outlet: string, figureKey: string): string => JSON.stringify([outlet, figureKey]);

/** Each story's rules and suppressions, read once per batch rather than once per finding. */
async function storyRulesOf(ctx: WorkerContext, storyIds: Iterable<string>): Promise<Map<string, StoryRules | null>> {
  const found = new Map<string, StoryRules | null>();
  for (const id of new Set(storyIds)) {
    const story = await ctx.store.stories.get(id);
    if (!story?.active) {
      found.set(id, null);
      continue;
    }
    const rules = (await ctx.store.discrepancies.suppressionRules(id)).map((r) =>
      suppressionKey(r.outlet, r.figureKey),
    );
    found.set(id, { story, rules: alertRulesOf(story, ctx.logger), suppressed: new Set(rules) });
  }
  return found;
}

/**
 * Turns stored conflicts into alerts: conflicts the story's rules watch, not suppressed, not part of the
 * baseline, whose gap is not smaller than one already alerted. The store's conditional upsert of the
 * conflict's alerted level and the unique dedupe key keep it to one alert per story, figure key, outlet,
 * gap bucket and reopen count, however many times and from however many processes this runs. Stories,
 * suppressions, articles and reopen counts are read once per batch.
 */
export async function raiseConflictAlerts(ctx: WorkerContext, created: StoredDiscrepancy[]): Promise<void> {
  const conflicts = created.filter((d) => d.kind === 'conflicts' && d.superseded === null);
  if (conflicts.length === 0) return;
  const stories = await storyRulesOf(
    ctx,
    conflicts.map((d) => d.storyId),
  );
  const watched = conflicts.filter((d) => {
    const found = stories.get(d.storyId);
    return found && watchedByRules(d, found.rules) && !found.suppressed.has(suppressionKey(d.outlet, d.key));
  });
  const [articles, reopenCounts] = await Promise.all([
    ctx.store.articles.getMany(watched.map((d) => d.articleId)),
    ctx.store.discrepancies.reopenCounts(watched.map((d) => d.id)),
  ]);
  for (const d of watched) {
    const { story, rules } = stories.get(d.storyId)!;
    const article = articles.get(d.articleId) ?? null;
    if (rules.baseline === 'silent' && article && predatesStory(article, story)) continue;
    await raiseOne(ctx, { d, story, rules, article, reopens: reopenCounts.get(d.id) ?? 0 });
  }
}

async function raiseOne(
  ctx: WorkerContext,
  c: { d: StoredDiscrepancy; story: Story; rules: AlertRules; article: Article | null; reopens: number },
): Promise<void> {
  const { d, story, article, reopens } = c;
  const gap = relativeGapOf(d.reference?.value ?? null, d.article?.value ?? null);
  const gapBucket = gapBucketOf(gap, c.rules.gapStep);
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
  const raised = await ctx.store.alerts.createConflictOnce(
    {
      dedupeKey: conflictDedupeKey(d.storyId, d.key, d.outlet, reopens, gapBucket),
      kind: 'conflict',
      storyId: d.storyId,
      discrepancyId: d.id,
      severity: d.severity,
      title: `${story.title}: ${d.outlet} says ${formatReading(d.article?.text)} where the reference says ${formatReading(d.reference?.text)}`,
      body: { ...body },
    },
    { storyId: d.storyId, figureKey: d.key, outlet: d.outlet, reopens, gapBucket },
  );
  // Null: a gap below one already alerted, or a finding a newer analysis superseded. Both stay quiet.
  if (!raised) return;
  if (raised.created) {
    ctx.logger.info({ alertId: raised.alert.id, storyId: d.storyId, discrepancyId: d.id }, 'conflict alert raised');
  }
  await dispatchAlert(ctx, raised.alert, raised.created, c.rules);
}
