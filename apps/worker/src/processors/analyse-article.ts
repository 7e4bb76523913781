import { ANALYSIS_ENGINE_VERSION } from '@parallax/core';
import {
  type Article,
  type ArticleVersion,
  type ComparedDiscrepancy,
  comparisonSettingsOf,
  type QueuePayload,
  type Story,
} from '@parallax/shared';
import { type Job, UnrecoverableError } from 'bullmq';
import { raiseAlertsForDiscrepancies, raiseFigureChangeAlert } from '../alerts/index.js';
import { publishLiveEvent } from '../alerts/live-event.js';
import type { WorkerContext } from '../context.js';
import { CpuDeadlineError } from '../cpu/cpu-pool.js';
import { outletCountry } from '../feeds/outlet-country.js';
import { withoutCorrectionNotes } from './correction-notes.js';

export interface AnalyseResult {
  stories: number;
  created: number;
  figureChanges: number;
}

/**
 * Compares one article version with each story's reference, stores the analysis (one transaction,
 * idempotent) and hands the discrepancies it created to alerting. When the version is not the first,
 * the figures the outlet changed since the previous version are stored as figure changes.
 */
export async function analyseArticle(
  ctx: WorkerContext,
  payload: QueuePayload<'analyse-article'>,
  job: Pick<Job, 'id'>,
): Promise<AnalyseResult> {
  const [article, version] = await Promise.all([
    ctx.store.articles.get(payload.articleId),
    ctx.store.articles.version(payload.versionId),
  ]);
  if (!article || !version || version.articleId !== article.id) {
    throw new UnrecoverableError(`no version ${payload.versionId} of article ${payload.articleId}`);
  }
  const log = ctx.logger.child({ jobId: job.id, articleId: article.id, versionId: version.id });
  // The publication time is what "yesterday" and "on Tuesday" are read against, and what makes a figure an update.
  const published = article.publishedAt ?? article.firstSeenAt;
  const previous = await previousVersion(ctx, version);
  const stories = (await ctx.store.stories.getMany(payload.storyIds)).filter((story) => story.active);
  // Reading figures from outside text and comparing them run in a worker thread under the CPU deadline.
  const analysis = await ctx.cpu
    .analyseArticle({
      url: article.url,
      // How the outlet writes numbers where the text does not say: its feed's country, else its page's domain.
      version: {
        // A correction note quotes what the article no longer says: it is no figure of the outlet's.
        text: withoutCorrectionNotes(version.text),
        title: article.title,
        language: article.language,
        published,
        country: payload.country ?? outletCountry(null, article.url),
      },
      previousText: previous ? withoutCorrectionNotes(previous.text) : null,
      stories: stories.map((story) => ({
        id: story.id,
        reference: {
          text: story.referenceText,
          title: story.title,
          language: story.language,
          published: story.publishedAt,
        },
        settings: comparisonSettingsOf(story.settings),
      })),
    })
    .catch(failForGoodPastDeadline);
  const { analysed } = analysis;

  let created = 0;
  let changes = 0;
  for (const [i, story] of stories.entries()) {
    const { comparison, changed } = analysis.stories[i]!;
    const saved = await ctx.store.discrepancies.saveAnalysis({
      storyId: story.id,
      articleId: article.id,
      versionId: version.id,
      outlet: article.outlet,
      engineVersion: ANALYSIS_ENGINE_VERSION,
      figures: analysed.figures,
      claims: analysed.claims,
      comparison,
    });
    if (saved.stale) {
      // A newer version of the article was analysed first (this is a retry or a re-offer): nothing to do.
      log.info({ storyId: story.id }, 'older version not analysed: a newer one already was');
      continue;
    }
    created += saved.created.length;
    await publishLiveEvent(ctx, {
      type: saved.created.length > 0 ? 'discrepancy' : 'article',
      id: article.id,
      storyId: story.id,
    });
    // Every stored conflict, not only the new ones: alerting is idempotent, and a retry of this job (after
    // a delivery enqueue was refused, say) finds its findings already stored but their delivery still owed.
    const conflicts = saved.stored.filter((_, i) => comparison.discrepancies[i]?.kind === 'conflicts');
    const rows = await ctx.store.discrepancies.getMany(conflicts);
    if (rows.length > 0) await raiseAlertsForDiscrepancies(ctx, rows);
    if (previous) changes += await recordFigureChanges(ctx, story, article, previous, version, changed);
  }
  log.info({ stories: stories.length, created, figureChanges: changes }, 'article analysed');
  return { stories: stories.length, created, figureChanges: changes };
}

/** The same text would run past the deadline again: no retries. */
function failForGoodPastDeadline(err: unknown): never {
  if (err instanceof CpuDeadlineError) throw new UnrecoverableError(`cpu_deadline: ${err.message}`);
  throw err;
}

async function previousVersion(ctx: WorkerContext, version: ArticleVersion): Promise<ArticleVersion | null> {
  if (version.version <= 1) return null;
  const all = await ctx.store.articles.versions(version.articleId);
  return all.filter((v) => v.version < version.version).at(-1) ?? null;
}

/**
 * The comparison core already knows when two texts state the same figure differently: comparing the
 * previous version (as the reference) with the new one turns its conflicts into "changed X to Y".
 */
async function recordFigureChanges(
  ctx: WorkerContext,
  story: Story,
  article: Article,
  from: ArticleVersion,
  to: ArticleVersion,
  changed: ComparedDiscrepancy[],
): Promise<number> {
  let recorded = 0;
  for (const d of changed) {
    if (!d.reference || !d.article) continue;
    const change = {
      articleId: article.id,
      storyId: story.id,
      figureKey: d.key,
      fromValue: d.reference.value,
      toValue: d.article.value,
      fromText: d.reference.text,
      toText: d.article.text,
    };
    const r = await ctx.store.articles.recordFigureChange({ ...change, fromVersionId: from.id, toVersionId: to.id });
    if (!r.isNew) continue;
    recorded++;
    await raiseFigureChangeAlert(ctx, { ...change, outlet: article.outlet, url: article.url, changedAt: to.fetchedAt });
  }
  if (recorded > 0) ctx.logger.info({ articleId: article.id, storyId: story.id, recorded }, 'figure changes recorded');
  return recorded;
}
