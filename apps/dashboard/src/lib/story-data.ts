import type { Feed, Store, Story, StoredDiscrepancy, StoryCounts, SuppressionRule } from '@parallax/shared';
import { notFound } from './errors.js';
import { type FigureMatrix, buildFigureMatrix } from './figure-matrix.js';
import type { DiscrepancyQuery } from './inputs.js';

export interface StorySummary {
  id: string;
  slug: string;
  title: string;
  /** False once archived: kept for reading, no longer analysed. */
  active: boolean;
  counts: StoryCounts;
  outlets: string[];
  updatedAt: string | null;
}

/** One point of the timeline: an outlet's value for a figure at a fetch of its article. */
export interface TimelinePoint {
  figureKey: string;
  outlet: string;
  articleId: string;
  value: number;
  text: string;
  at: string;
  version: number;
  /** Set when this value replaced another in a later version of the same article. */
  changedFrom: string | null;
}

export interface StoryView {
  story: Story;
  counts: StoryCounts;
  matrix: FigureMatrix;
  findings: StoredDiscrepancy[];
  outlets: string[];
  feeds: Feed[];
  timeline: TimelinePoint[];
  suppressions: SuppressionRule[];
  /** Set when the story has more findings than the page loads: the page then says it shows part of it. */
  truncatedAt: number | null;
  /** Each article's title (or address), for the findings table's article column. */
  articleTitles: Record<string, string>;
}

const MAX_FINDINGS = 5000;

/** Every story with its counts and outlets: six queries whatever the number of stories. */
export async function loadStorySummaries(store: Store): Promise<StorySummary[]> {
  const [stories, overview] = await Promise.all([store.stories.list(), store.stories.overview()]);
  return stories.map((s) => {
    const {
      outlets = [],
      updatedAt = null,
      ...counts
    } = overview.get(s.id) ?? {
      articles: 0,
      conflicts: 0,
      open: 0,
      confirmed: 0,
    };
    return {
      id: s.id,
      slug: s.slug,
      title: s.title,
      active: s.active,
      counts,
      outlets,
      updatedAt: updatedAt ?? s.createdAt,
    };
  });
}

export async function requireStory(store: Store, id: string): Promise<Story> {
  const story = await store.stories.get(id);
  if (!story) throw notFound('story');
  return story;
}

export async function loadTimeline(store: Store, storyId: string): Promise<TimelinePoint[]> {
  const [readings, changes] = await Promise.all([
    store.discrepancies.readings(storyId),
    store.articles.figureChanges({ storyId }),
  ]);
  const outletOf = new Map(readings.map((r) => [r.articleId, r.outlet]));
  const points: TimelinePoint[] = [];
  for (const r of readings) {
    if (r.value === null) continue;
    points.push({
      figureKey: r.figureKey,
      outlet: r.outlet,
      articleId: r.articleId,
      value: r.value,
      text: r.text,
      at: r.at,
      version: r.version,
      changedFrom: null,
    });
  }
  for (const ch of changes) {
    const outlet = outletOf.get(ch.articleId);
    if (!outlet || ch.toValue === null) continue;
    points.push({
      figureKey: ch.figureKey,
      outlet,
      articleId: ch.articleId,
      value: ch.toValue,
      text: ch.toText,
      at: ch.changedAt,
      version: 0,
      changedFrom: ch.fromText,
    });
  }
  return points.sort((a, b) => a.at.localeCompare(b.at));
}

interface StoryFindings {
  fingerprint: string;
  all: StoredDiscrepancy[];
  matrix: FigureMatrix;
  timeline: TimelinePoint[];
}

const MAX_CACHED_STORIES = 32;
// What a story page builds from all its findings, kept until the store's fingerprint of them changes.
const findingsCache = new WeakMap<Store, Map<string, StoryFindings>>();

async function storyFindings(store: Store, id: string): Promise<StoryFindings> {
  let cache = findingsCache.get(store);
  if (!cache) {
    cache = new Map();
    findingsCache.set(store, cache);
  }
  const fingerprint = await store.discrepancies.storyFingerprint(id);
  const cached = cache.get(id);
  if (cached && cached.fingerprint === fingerprint) return cached;
  const [all, timeline] = await Promise.all([
    store.discrepancies.list({ storyId: id, limit: MAX_FINDINGS }),
    loadTimeline(store, id),
  ]);
  const built = { fingerprint, all, matrix: buildFigureMatrix(all), timeline };
  cache.delete(id);
  cache.set(id, built);
  if (cache.size > MAX_CACHED_STORIES) cache.delete(cache.keys().next().value as string);
  return built;
}

/** Whether a finding passes the story page's filter (kind, status, outlet, category, minimum severity). */
export function matchesQuery(d: StoredDiscrepancy, query: DiscrepancyQuery): boolean {
  return (
    (!query.kind || d.kind === query.kind) &&
    (!query.status || d.status === query.status) &&
    (!query.outlet || d.outlet === query.outlet) &&
    (!query.category || d.category === query.category) &&
    (query.minSeverity === undefined || d.severity >= query.minSeverity)
  );
}

export async function loadStoryView(store: Store, id: string, query: DiscrepancyQuery): Promise<StoryView> {
  const story = await requireStory(store, id);
  const [counts, { all, matrix, timeline }, feeds, suppressions, articles] = await Promise.all([
    store.stories.counts(id),
    storyFindings(store, id),
    store.feeds.listForStory(id),
    store.discrepancies.suppressionRules(id),
    store.articles.list({ storyId: id, limit: MAX_FINDINGS }),
  ]);
  const articleTitles = Object.fromEntries(articles.map((a) => [a.id, a.title ?? a.url]));
  const findings = all.filter((d) => matchesQuery(d, query));
  const truncatedAt = all.length >= MAX_FINDINGS ? MAX_FINDINGS : null;
  return {
    story,
    counts,
    matrix,
    findings,
    outlets: matrix.outlets,
    feeds,
    timeline,
    suppressions,
    truncatedAt,
    articleTitles,
  };
}
