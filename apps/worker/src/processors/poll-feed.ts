import { HostBusyError } from '@parallax/fetch';
import { articleId, type Feed, jobIds, type QueuePayload, type Story } from '@parallax/shared';
import { type Job, UnrecoverableError } from 'bullmq';
import type { WorkerContext } from '../context.js';
import { canonicalUrl } from '../feeds/canonical-url.js';
import { fetchFeed } from '../feeds/fetch-feed.js';
import type { ParsedFeed, SkippedFeedItem } from '../feeds/parse-feed.js';
import { nextPollDelayMs } from '../feeds/poll-interval.js';
import { type StoryTerms, storyTerms, triageItem } from '../triage/keyword-triage.js';
import { classifyFailure } from './failure-kind.js';
import { stepAsideFromBusyHost } from './step-aside.js';

export interface PollResult {
  status: 'polled' | 'not_modified' | 'skipped' | 'rate_limited';
  items?: number;
  newItems?: number;
  candidates?: number;
}

/**
 * Polls one feed: a conditional GET through the guarded fetcher, parse, then per new item: dedupe by
 * (feed, GUID) and canonical URL, triage against every active story, and a fetch-article job for the
 * candidates. Scheduled polls that come before the feed's next due time (adaptive interval, server
 * caching headers, Retry-After) are skipped; polls added by hand are not.
 */
export async function pollFeed(
  ctx: WorkerContext,
  payload: QueuePayload<'poll-feed'>,
  job: Pick<Job, 'id' | 'repeatJobKey' | 'moveToDelayed'>,
  token?: string,
): Promise<PollResult> {
  const feed = await ctx.store.feeds.get(payload.feedId);
  if (!feed) throw new UnrecoverableError(`no feed ${payload.feedId}`);
  if (feed.paused) return { status: 'skipped' };
  const due = feed.health.nextPollAt ? Date.parse(feed.health.nextPollAt) : 0;
  if (job.repeatJobKey && due > Date.now() + 1_000) return { status: 'skipped' };
  const log = ctx.logger.child({ jobId: job.id, feedId: feed.id });

  let response: Awaited<ReturnType<WorkerContext['fetcher']['fetch']>>;
  let parsed: ParsedFeed;
  try {
    const fetched = await fetchFeed(ctx, feed.url, {
      etag: feed.etag,
      lastModified: feed.lastModified,
      signal: ctx.shutdownSignal,
      whenHostBusy: 'fail',
    });
    response = fetched.response;
    if (!fetched.parsed) {
      const delay = nextPollDelayMs({
        configuredSeconds: feed.pollIntervalSeconds,
        itemDates: [],
        headers: response.headers,
      });
      await ctx.store.feeds.recordSuccess(feed.id, {
        newItems: 0,
        nextPollAt: new Date(Date.now() + delay).toISOString(),
      });
      return { status: 'not_modified' };
    }
    parsed = fetched.parsed;
  } catch (err) {
    if (err instanceof HostBusyError) return stepAsideFromBusyHost(job, token, err);
    // A poll cut short by this worker's shutdown says nothing about the feed: no failure on its health.
    if (ctx.shutdownSignal.aborted) throw err;
    const failure = classifyFailure(err);
    const nextPollAt = failure.retryAfterMs ? new Date(Date.now() + failure.retryAfterMs).toISOString() : undefined;
    await ctx.store.feeds.recordFailure(feed.id, failure.kind, failure.message, nextPollAt);
    log.warn(
      { feedUrl: feed.url, kind: failure.kind, reason: failure.message, permanent: failure.permanent },
      `feed poll failed: ${feed.url}: ${failure.message}`,
    );
    if (failure.permanent) throw new UnrecoverableError(`${failure.kind}: ${failure.message}`);
    // Retrying before the server's Retry-After would be rude; the next scheduled poll after it will do.
    if (failure.kind === 'rate_limited') return { status: 'rate_limited' };
    throw err;
  }

  const stories = await activeStoriesOf(ctx, feed);
  const terms = stories.map(storyTerms);
  let candidates = 0;
  const listed = parsed.items.flatMap((item) => {
    const canonical = canonicalUrl(item.url, response.url);
    return canonical ? [{ item, canonical, triage: triageAgainst(terms, item.title, item.summary) }] : [];
  });
  const recorded = await ctx.store.articles.recordFeedItems(
    listed.map(({ item, canonical, triage }) => ({
      feedId: feed.id,
      guid: item.guid,
      url: item.url,
      canonicalUrl: canonical,
      title: item.title,
      summary: item.summary,
      publishedAt: item.publishedAt,
      decision: triage.storyIds.length > 0 ? ('candidate' as const) : ('skipped' as const),
      relevance: triage.relevance,
      reason: triage.reason,
    })),
  );
  const fresh = listed.map((l, n) => ({ ...l, ...recorded[n]! })).filter((l) => l.isNew);
  const newItems = fresh.length;
  // An item another feed already carried is that feed's fetch; one already stored needs none.
  const wanted = fresh.filter((l) => l.triage.storyIds.length > 0 && !l.seenElsewhere);
  const known = await ctx.store.articles.getMany(wanted.map(({ canonical }) => articleId(canonical)));
  for (const { canonical, triage } of wanted) {
    const key = articleId(canonical);
    if (known.has(key)) continue;
    await ctx.queues['fetch-article'].add(
      { url: canonical, feedId: feed.id, storyIds: triage.storyIds, refetchStage: 0 },
      { jobId: jobIds.fetchArticle(key, 0) },
    );
    candidates++;
  }
  // Every fetch this poll owes is queued (or another feed's or stored): maintenance need not offer them again.
  const owed = fresh.filter((l) => l.triage.storyIds.length > 0);
  if (owed.length > 0) await ctx.store.articles.fetchesOffered(owed.map((l) => l.id));
  const delay = nextPollDelayMs({
    configuredSeconds: feed.pollIntervalSeconds,
    itemDates: parsed.items.map((i) => i.publishedAt),
    headers: response.headers,
    ttlMinutes: parsed.ttlMinutes,
  });
  await ctx.store.feeds.recordSuccess(feed.id, {
    etag: response.etag,
    lastModified: response.lastModified,
    newItems,
    skippedItems: { count: parsed.skipped.length, firstReason: describeSkipped(parsed.skipped[0]) },
    nextPollAt: new Date(Date.now() + delay).toISOString(),
  });
  log.info({ items: parsed.items.length, skipped: parsed.skipped.length, newItems, candidates }, 'feed polled');
  return { status: 'polled', items: parsed.items.length, newItems, candidates };
}

function describeSkipped(item: SkippedFeedItem | undefined): string | null {
  return item ? `item ${item.position}${item.title ? ` "${item.title.slice(0, 80)}"` : ''}: ${item.reason}` : null;
}

async function activeStoriesOf(ctx: WorkerContext, feed: Feed): Promise<Story[]> {
  const stories: Story[] = [];
  for (const id of await ctx.store.feeds.storyIdsOf(feed.id)) {
    const story = await ctx.store.stories.get(id);
    if (story?.active) stories.push(story);
  }
  return stories;
}

function triageAgainst(terms: StoryTerms[], title: string | null, summary: string | null) {
  const storyIds: string[] = [];
  let relevance = 0;
  const reasons: string[] = [];
  for (const t of terms) {
    const r = triageItem(t, title, summary);
    relevance = Math.max(relevance, r.relevance);
    if (r.candidate) storyIds.push(t.storyId);
    reasons.push(r.reason);
  }
  return {
    storyIds,
    relevance,
    reason: terms.length === 0 ? 'no active story follows this feed' : reasons.join('; ').slice(0, 500),
  };
}
