import { ANALYSIS_ENGINE_VERSION } from '@parallax/core';
import type { ComparedDiscrepancy, Figure, Store } from '@parallax/shared';

/** Hand-built figures and findings, stored through the store's own write path (saveAnalysis). */

export const REFERENCE_TEXT =
  'Seoul says about 11,000 North Korean soldiers are now in the Kursk region. ' +
  'The spy agency warned the number could grow to 15,000. ' +
  'It also counted more than $2 billion in aid promised since the spring.';

export const XSS_SCRIPT = '<script>window.__pwned = 1; alert(1)</script>';
export const XSS_IMG = '<img src=x onerror="window.__pwned = 2; alert(2)">';

export function figure(text: string, fullText: string, overrides: Partial<Figure> = {}): Figure {
  const start = Math.max(0, fullText.indexOf(text));
  const sentence = fullText.split(/(?<=\.)\s+/).find((s) => s.includes(text)) ?? fullText;
  return {
    text,
    start,
    end: start + text.length,
    sentence,
    sentenceIndex: 0,
    value: null,
    low: null,
    high: null,
    qualifier: 'exact',
    category: 'personnel',
    unit: null,
    counted: 'North Korean soldiers',
    location: 'Kursk',
    source: 'NIS',
    projection: false,
    time: null,
    confidence: 1,
    meaning: null,
    change: false,
    ...overrides,
  };
}

export const SOLDIERS = 'personnel|north korean soldiers|north korea|kursk|fact';
export const PROJECTED = 'personnel|north korean soldiers|north korea|kursk|projection';
const AID = 'money|aid|russia||fact';

export const referenceFigures = {
  soldiers: figure('about 11,000', REFERENCE_TEXT, {
    value: 11_000,
    low: 10_000,
    high: 12_000,
    qualifier: 'approximate',
  }),
  projected: figure('15,000', REFERENCE_TEXT, { value: 15_000, low: 15_000, high: 15_000, projection: true }),
  aid: figure('more than $2 billion', REFERENCE_TEXT, {
    value: 2e9,
    low: 2e9,
    high: null,
    qualifier: 'more_than',
    category: 'money',
    unit: 'USD',
    counted: 'aid',
    location: null,
  }),
};

function diffOf(reference: Figure | null, article: Figure | null): ComparedDiscrepancy['diff'] {
  if (!reference || !article) return null;
  return [
    { op: 'equal', text: 'Seoul says ' },
    { op: 'delete', text: reference.text },
    { op: 'insert', text: article.text },
    { op: 'equal', text: ' North Korean soldiers are in Kursk.' },
  ];
}

export function finding(
  kind: ComparedDiscrepancy['kind'],
  key: string,
  reference: Figure | null,
  article: Figure | null,
  severity = 0.5,
): ComparedDiscrepancy {
  return { kind, key, severity, confidence: 1, reference, article, diff: diffOf(reference, article), note: null };
}

export interface SeededArticle {
  outlet: string;
  title: string;
  text: string;
  url: string;
  findings: (text: string) => { figures: Figure[]; discrepancies: ComparedDiscrepancy[] };
}

export async function storeArticle(
  store: Store,
  storyId: string,
  a: Omit<SeededArticle, 'findings'> & { publishedAt?: string; modifiedAt?: string },
  made: { figures: Figure[]; discrepancies: ComparedDiscrepancy[] },
) {
  const { article, version } = await store.articles.saveFetch({
    canonicalUrl: a.url,
    url: a.url,
    outlet: a.outlet,
    title: a.title,
    byline: null,
    language: 'en',
    publishedAt: a.publishedAt ?? '2026-11-01T08:00:00.000Z',
    modifiedAt: a.modifiedAt ?? null,
    status: 'ok',
    statusReason: null,
    text: a.text,
  });
  const { stored } = await store.discrepancies.saveAnalysis({
    storyId,
    articleId: article.id,
    versionId: version.id,
    outlet: a.outlet,
    engineVersion: ANALYSIS_ENGINE_VERSION,
    figures: made.figures,
    claims: [],
    comparison: { relevant: true, relevance: 0.9, relevanceTerms: ['kursk'], discrepancies: made.discrepancies },
  });
  return { article, version, discrepancyIds: stored };
}

export interface Scenario {
  storyId: string;
  conflictId: string;
  secondConflictId: string;
  agreesId: string;
  xssDiscrepancyId: string;
  articleIds: string[];
  feedId: string;
  xssFeedId: string;
  alertId: string;
}

/** The story the API and browser tests use: two outlets, a clear conflict each, and hostile text in one article and one feed. */
export async function seedScenario(store: Store): Promise<Scenario> {
  const story = await store.stories.upsert({
    slug: 'nk-troops-kursk',
    title: 'North Korean troops in Kursk',
    referenceText: REFERENCE_TEXT,
    outlet: 'Reference Wire',
    language: 'en',
    publishedAt: '2026-11-01T06:00:00.000Z',
  });

  const ledgerText =
    'The Daily Ledger learned that 12,000 North Korean soldiers are in Kursk. ' +
    'Officials said the figure could grow to 15,000. Aid passed $2 billion.';
  const ledger = await storeArticle(
    store,
    story.id,
    { outlet: 'Daily Ledger', title: 'Troop numbers rise', text: ledgerText, url: 'https://ledger.example/kursk' },
    (() => {
      const soldiers = figure('12,000', ledgerText, { value: 12_000, low: 12_000, high: 12_000 });
      const projected = figure('15,000', ledgerText, { value: 15_000, low: 15_000, high: 15_000, projection: true });
      const aid = figure('$2 billion', ledgerText, {
        value: 2e9,
        low: 2e9,
        high: 2e9,
        category: 'money',
        counted: 'aid',
        unit: 'USD',
        location: null,
      });
      return {
        figures: [soldiers, projected, aid],
        discrepancies: [
          finding('conflicts', SOLDIERS, referenceFigures.soldiers, soldiers, 0.8),
          finding('agrees', PROJECTED, referenceFigures.projected, projected, 0),
          finding('conflicts', AID, referenceFigures.aid, aid, 0.6),
        ],
      };
    })(),
  );

  const harborText = `Harbor Times: ${XSS_SCRIPT} reports 9,000 soldiers ${XSS_IMG} deployed near Kursk, with 50 tanks.`;
  const harbor = await storeArticle(
    store,
    story.id,
    { outlet: 'Harbor Times', title: `Kursk ${XSS_SCRIPT}`, text: harborText, url: 'javascript:alert(3)' },
    (() => {
      const soldiers = figure('9,000', harborText, { value: 9_000, low: 9_000, high: 9_000, sentence: harborText });
      const tanks = figure('50 tanks', harborText, {
        value: 50,
        low: 50,
        high: 50,
        category: 'equipment',
        counted: 'tanks',
        sentence: harborText,
      });
      return {
        figures: [soldiers, tanks],
        discrepancies: [
          finding('conflicts', SOLDIERS, referenceFigures.soldiers, soldiers, 0.9),
          finding('added', 'equipment|tanks|russia|kursk|fact', null, tanks, 0.2),
          finding('omitted', PROJECTED, referenceFigures.projected, null, 0.3),
        ],
      };
    })(),
  );

  const feed = await store.feeds.upsert({
    url: 'https://ledger.example/rss',
    outlet: 'Daily Ledger',
    pollIntervalSeconds: 300,
  });
  const xssFeed = await store.feeds.upsert({
    url: 'https://harbor.example/rss',
    outlet: `Harbor ${XSS_IMG}`,
    pollIntervalSeconds: 600,
  });
  await store.stories.linkFeed(story.id, feed.id);
  await store.stories.linkFeed(story.id, xssFeed.id);

  const findings = await store.discrepancies.list({ storyId: story.id });
  const find = (outlet: string, kind: string, key: string) =>
    findings.find((d) => d.outlet === outlet && d.kind === kind && d.key === key)!.id;
  const conflictId = find('Daily Ledger', 'conflicts', SOLDIERS);
  const { alert } = await store.alerts.createOnce({
    dedupeKey: `${story.id}|${SOLDIERS}|Daily Ledger|12000`,
    kind: 'conflict',
    storyId: story.id,
    discrepancyId: conflictId,
    severity: 0.8,
    title: `Daily Ledger says 12,000 soldiers ${XSS_SCRIPT}`,
    body: {},
  });
  await store.alerts.recordDelivery(alert.id, 'webhook', { ok: true });
  await store.alerts.recordDelivery(alert.id, 'email', { ok: false, error: 'connection refused' });

  return {
    storyId: story.id,
    conflictId,
    secondConflictId: find('Daily Ledger', 'conflicts', AID),
    agreesId: find('Daily Ledger', 'agrees', PROJECTED),
    xssDiscrepancyId: find('Harbor Times', 'conflicts', SOLDIERS),
    articleIds: [ledger.article.id, harbor.article.id],
    feedId: feed.id,
    xssFeedId: xssFeed.id,
    alertId: alert.id,
  };
}

export const PASSWORD = 'correct horse battery';

export async function seedUsers(store: Store) {
  return {
    viewer: await store.users.create({ username: 'vera', password: PASSWORD, role: 'viewer' }),
    editor: await store.users.create({ username: 'eddie', password: PASSWORD, role: 'editor' }),
    admin: await store.users.create({ username: 'ada', password: PASSWORD, role: 'admin' }),
  };
}
