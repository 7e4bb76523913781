import { ANALYSIS_ENGINE_VERSION } from '@parallax/core';
import { openPostgresTestStore, openSqliteTestStore, type TestStore } from '@parallax/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figure, TROOPS_KEY } from './alerts-harness.js';

// The store methods alerting added, on both dialects (CI runs PostgreSQL at 127.0.0.1:5432).
describe.each([
  ['sqlite', openSqliteTestStore],
  ['postgres', openPostgresTestStore],
] as const)('alert store methods on %s', (_name, open) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const alertInput = (dedupeKey: string) => ({
    dedupeKey,
    kind: 'conflict' as const,
    storyId: 'sty_1',
    severity: 0.8,
    title: dedupeKey,
    body: {},
  });

  it('lists what a channel still owes: pending and failing, not delivered, oldest first', async () => {
    const a = (await t.store.alerts.createOnce(alertInput('owed-a'))).alert;
    const b = (await t.store.alerts.createOnce(alertInput('owed-b'))).alert;
    const c = (await t.store.alerts.createOnce(alertInput('owed-c'))).alert;
    for (const x of [a, b, c]) await t.store.alerts.markPending(x.id, 'owed-channel');
    await t.store.alerts.markPending(a.id, 'owed-channel'); // twice is once
    await t.store.alerts.recordDelivery(b.id, 'owed-channel', { ok: false, error: 'HTTP 503' });
    await t.store.alerts.recordDelivery(c.id, 'owed-channel', { ok: true });
    const owed = await t.store.alerts.undelivered({ channel: 'owed-channel' });
    expect(owed.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect((await t.store.alerts.deliveries(a.id))[0]).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await t.store.alerts.undelivered({ channel: 'owed-channel', storyId: 'sty_other' })).toEqual([]);
  });

  it('lists discrepancies reopened since a time, only while open', async () => {
    const story = await t.store.stories.upsert({ slug: 'reopen', title: 'Reopen', referenceText: 'x', language: 'en' });
    const { article, version } = await t.store.articles.saveFetch({
      canonicalUrl: 'https://c.example/r',
      url: 'https://c.example/r',
      outlet: 'Courier',
      title: null,
      byline: null,
      language: 'en',
      publishedAt: null,
      modifiedAt: null,
      status: 'ok',
      statusReason: null,
      text: 'text',
    });
    const f = (v: number) => figure({ text: String(v), value: v, sentence: `${v} soldiers.` });
    const { created } = await t.store.discrepancies.saveAnalysis({
      storyId: story.id,
      articleId: article.id,
      versionId: version.id,
      outlet: 'Courier',
      engineVersion: ANALYSIS_ENGINE_VERSION,
      figures: [],
      claims: [],
      comparison: {
        relevant: true,
        relevance: 1,
        relevanceTerms: [],
        discrepancies: [
          {
            kind: 'conflicts',
            key: TROOPS_KEY,
            severity: 0.8,
            confidence: 1,
            reference: f(11_000),
            article: f(15_000),
            diff: null,
            note: null,
          },
        ],
      },
    });
    const id = created[0]!;
    const before = new Date(Date.now() - 1_000).toISOString();
    expect(await t.store.alerts.reopenedSince(before)).toEqual([]);
    await t.store.discrepancies.review({ discrepancyId: id, userId: 'usr_1', action: 'dismiss', reason: 'other' });
    await t.store.discrepancies.review({ discrepancyId: id, userId: 'usr_1', action: 'reopen' });
    expect(await t.store.alerts.reopenedSince(before)).toEqual([id]);
    expect(await t.store.alerts.reopenedSince(new Date(Date.now() + 60_000).toISOString())).toEqual([]);
    await t.store.discrepancies.review({ discrepancyId: id, userId: 'usr_1', action: 'dismiss', reason: 'other' });
    expect(await t.store.alerts.reopenedSince(before)).toEqual([]);
  });
});
