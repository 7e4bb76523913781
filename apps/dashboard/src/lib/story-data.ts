import type {
  Feed,
  FindingCursor,
  Store,
  Story,
  StoredDiscrepancy,
  StoryCounts,
  SuppressionRule,
} from '@parallax/shared';
import { notFound } from './errors.js';
import { type FigureMatrix, buildFigureMatrix, matrixRowId } from './figure-matrix.js';
import { type DiscrepancyQuery, FINDING_CURSOR } from './inputs.js';

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

/**
 * One point of the timeline: an outlet's value for a figure when it said it (a first version at its publication
 * time, a later one when it was seen).
 */
export interface TimelinePoint {
  figureKey: string;
  /** The matrix row the figure is on (its key and reference figure): one chart per row. */
  row: string;
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
  /** The page of findings the query asks for (FINDINGS_PER_PAGE at most), filtered and ordered by the store. */
  findings: StoredDiscrepancy[];
  /** How many findings pass the filter in all. */
  findingsTotal: number;
  /** Cursors of the pages after and before this one, null at either end. */
  nextCursor: string | null;
  previousCursor: string | null;
  outlets: string[];
  feeds: Feed[];
  timeline: TimelinePoint[];
  suppressions: SuppressionRule[];
  /** Each article's title (or address), for the findings table's article column. */
  articleTitles: Record<string, string>;
}

export const FINDINGS_PER_PAGE = 100;

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
  // A change is recorded by figure key: it goes on the row of the article's current reading of that key, and, when
  // that reading is the change's new value, at its time (the article's modification time when it gives one).
  const readingOf = new Map(readings.map((r) => [`${r.articleId}|${r.figureKey}`, r]));
  const points: TimelinePoint[] = [];
  for (const r of readings) {
    if (r.value === null) continue;
    points.push({
      figureKey: r.figureKey,
      row: matrixRowId(r.figureKey, r.referenceStart),
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
    const current = readingOf.get(`${ch.articleId}|${ch.figureKey}`);
    points.push({
      figureKey: ch.figureKey,
      row: current ? matrixRowId(current.figureKey, current.referenceStart) : ch.figureKey,
      outlet,
      articleId: ch.articleId,
      value: ch.toValue,
      text: ch.toText,
      at: current?.value === ch.toValue ? current.at : ch.changedAt,
      version: 0,
      changedFrom: ch.fromText,
    });
  }
  return points.sort((a, b) => a.at.localeCompare(b.at));
}

/** What a story page builds from all its findings: kept until the store's fingerprint of them changes. */
interface StoryFigures {
  fingerprint: string;
  matrix: FigureMatrix;
  timeline: TimelinePoint[];
}

const MAX_CACHED_STORIES = 32;
const findingsCache = new WeakMap<Store, Map<string, StoryFigures>>();

/** The matrix (one finding per reference figure and outlet, picked by the store) and the timeline. */
async function storyFigures(store: Store, id: string): Promise<StoryFigures> {
  let cache = findingsCache.get(store);
  if (!cache) {
    cache = new Map();
    findingsCache.set(store, cache);
  }
  const fingerprint = await store.discrepancies.storyFingerprint(id);
  const cached = cache.get(id);
  if (cached && cached.fingerprint === fingerprint) return cached;
  const [cells, timeline] = await Promise.all([store.discrepancies.matrixCells(id), loadTimeline(store, id)]);
  const built = { fingerprint, matrix: buildFigureMatrix(cells), timeline };
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

/** A finding's place in the page order, as a link carries it (FINDING_CURSOR). */
export function cursorOf(d: StoredDiscrepancy): string {
  return `${d.kind === 'conflicts' ? 1 : 0}~${d.severity}~${d.id}`;
}

function parseCursor(text: string | undefined): FindingCursor | undefined {
  const m = text === undefined ? null : FINDING_CURSOR.exec(text);
  return m ? { conflict: m[1] === '1', severity: Number(m[2]), id: m[3]! } : undefined;
}

/** The page of findings the query asks for: by cursor when its link carries one, else by page number. */
async function findingsPage(store: Store, id: string, query: DiscrepancyQuery) {
  const { page, after, before, ...filter } = query;
  const at = {
    after: parseCursor(after),
    before: parseCursor(before),
    offset: ((page ?? 1) - 1) * FINDINGS_PER_PAGE,
    limit: FINDINGS_PER_PAGE,
  };
  const [{ findings, more }, total] = await Promise.all([
    store.discrepancies.storyPage(id, filter, at),
    store.discrepancies.countStoryFindings(id, filter),
  ]);
  // Read backwards, `more` says whether pages come before; forwards, after.
  const backwards = at.before !== undefined;
  const first = findings[0];
  const last = findings.at(-1);
  return {
    findings,
    total,
    next: last && (backwards || more) ? cursorOf(last) : null,
    previous: first && (backwards ? more : (page ?? 1) > 1) ? cursorOf(first) : null,
  };
}

export async function loadStoryView(store: Store, id: string, query: DiscrepancyQuery): Promise<StoryView> {
  const story = await requireStory(store, id);
  const [counts, { matrix, timeline }, page, feeds, suppressions] = await Promise.all([
    store.stories.counts(id),
    storyFigures(store, id),
    findingsPage(store, id, query),
    store.feeds.listForStory(id),
    store.discrepancies.suppressionRules(id),
  ]);
  const articles = await store.articles.getMany([...new Set(page.findings.map((d) => d.articleId))]);
  const articleTitles = Object.fromEntries([...articles.values()].map((a) => [a.id, a.title ?? a.url]));
  return {
    story,
    counts,
    matrix,
    findings: page.findings,
    findingsTotal: page.total,
    nextCursor: page.next,
    previousCursor: page.previous,
    outlets: matrix.outlets,
    feeds,
    timeline,
    suppressions,
    articleTitles,
  };
}
