import {
  type Feed,
  type FigureReading,
  type FindingCursor,
  pickMatrixCells,
  readingsOf,
  type Store,
  type Story,
  type StoredDiscrepancy,
  type StoryCounts,
  type StoryFigureRow,
  type StoryMarks,
  type SuppressionRule,
} from '@parallax/shared';
import { notFound } from './errors.js';
import { type FigureMatrix, buildFigureMatrix, matrixRowId } from './figure-matrix.js';
import { type DiscrepancyQuery, FINDING_CURSOR } from './inputs.js';

/** A figure an outlet changed between two versions, as the store lists them. */
type FigureChange = Awaited<ReturnType<Store['articles']['figureChanges']>>[number];

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

/** The story's timeline: the one its page keeps (see storyFigures). */
export async function loadTimeline(store: Store, storyId: string): Promise<TimelinePoint[]> {
  return (await storyFigures(store, storyId)).timeline;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The readings of the current findings, and each figure change as a point where the new value was seen. */
function timelineOf(readings: FigureReading[], changes: Iterable<FigureChange>): TimelinePoint[] {
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
  // Points of one moment in one order, however the rows were read. Times and ids compare as plain strings
  // (ISO times, ASCII ids): a locale's collation would cost more than the rest of the rebuild.
  return points.sort(
    (a, b) =>
      byCodeUnits(a.at, b.at) ||
      byCodeUnits(a.articleId, b.articleId) ||
      byCodeUnits(a.figureKey, b.figureKey) ||
      a.version - b.version ||
      a.value - b.value,
  );
}

/**
 * What a story page builds from all its findings and figure changes, kept per story: the rows themselves, so
 * that a change reads only the rows changed since (see refreshStoryFigures), and the matrix and timeline.
 */
interface StoryFigures {
  marks: StoryMarks;
  /** The story's current findings by id. */
  rows: Map<string, StoryFigureRow>;
  changes: Map<string, FigureChange>;
  matrix: FigureMatrix;
  timeline: TimelinePoint[];
}

const MAX_CACHED_STORIES = 32;
/**
 * A change is read again this long after its time: a write stamped earlier may commit after a later one was
 * read (an analysis's time is taken when it starts). Rows read twice replace themselves.
 */
const COMMIT_LAG_MS = 60_000;
const findingsCache = new WeakMap<Store, Map<string, StoryFigures>>();

const sameMarks = (a: StoryMarks, b: StoryMarks) =>
  a.findings === b.findings &&
  a.currentFindings === b.currentFindings &&
  a.findingsChangedAt === b.findingsChangedAt &&
  a.figureChanges === b.figureChanges &&
  a.figureChangedAt === b.figureChangedAt;

const lagged = (at: string | null) => (at === null ? null : new Date(Date.parse(at) - COMMIT_LAG_MS).toISOString());

function built(kept: Omit<StoryFigures, 'matrix' | 'timeline'>): StoryFigures {
  const current = [...kept.rows.values()];
  return {
    ...kept,
    matrix: buildFigureMatrix(pickMatrixCells(current)),
    timeline: timelineOf(readingsOf(current), kept.changes.values()),
  };
}

/** Every current finding and every figure change of the story: the first read, or when a change went unseen. */
async function readStoryFigures(store: Store, id: string, marks: StoryMarks): Promise<StoryFigures> {
  const [rows, changes] = await Promise.all([
    store.discrepancies.figureRowsOfStory(id, null),
    store.articles.figureChanges({ storyId: id }),
  ]);
  return built({
    marks,
    rows: new Map(rows.map((r) => [r.id, r])),
    changes: new Map(changes.map((c) => [c.id, c])),
  });
}

/**
 * The kept figures brought up to the marks by reading only the findings and figure changes changed since
 * the last read; null when the counts then disagree (a row deleted, or changed too long before its commit).
 */
async function refreshStoryFigures(store: Store, id: string, kept: StoryFigures, marks: StoryMarks) {
  const [rows, changes] = await Promise.all([
    store.discrepancies.figureRowsOfStory(id, lagged(kept.marks.findingsChangedAt)),
    store.articles.figureChanges({ storyId: id, since: lagged(kept.marks.figureChangedAt) ?? undefined }),
  ]);
  const next = { ...kept, marks, rows: new Map(kept.rows), changes: new Map(kept.changes) };
  for (const r of rows) {
    if (r.superseded) next.rows.delete(r.id);
    else next.rows.set(r.id, r);
  }
  for (const c of changes) next.changes.set(c.id, c);
  if (next.rows.size !== marks.currentFindings || next.changes.size !== marks.figureChanges) {
    return null;
  }
  return built(next);
}

/** The matrix (one finding per reference figure and article) and the timeline, kept until the story changes. */
export async function storyFigures(store: Store, id: string): Promise<StoryFigures> {
  let cache = findingsCache.get(store);
  if (!cache) {
    cache = new Map();
    findingsCache.set(store, cache);
  }
  const marks = await store.discrepancies.storyMarks(id);
  const cached = cache.get(id);
  if (cached && sameMarks(cached.marks, marks)) return cached;
  const figures =
    (cached && (await refreshStoryFigures(store, id, cached, marks))) ?? (await readStoryFigures(store, id, marks));
  cache.delete(id);
  cache.set(id, figures);
  if (cache.size > MAX_CACHED_STORIES) cache.delete(cache.keys().next().value as string);
  return figures;
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
