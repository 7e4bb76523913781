import type { Store } from '@parallax/shared';
import {
  openPostgresTestStore,
  openSqliteTestStore,
  type TestStore,
  type TestStoreOptions,
} from '@parallax/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStoryView } from '../src/lib/story-data.js';
import { type Scenario, seedScenario } from './fixtures.js';

// The story page keeps its matrix and timeline per story and, on a change, reads only the findings and figure
// changes changed since: what it then shows must equal what a first read of everything shows.
const dialects = [
  ['sqlite', (o: TestStoreOptions) => openSqliteTestStore(o)],
  ['postgres', (o: TestStoreOptions) => openPostgresTestStore(undefined, o)],
] as const;

/** The figure rows' read (the only read of the findings' figures by name): with `changedSince`, of changes only. */
const isFigureRowsRead = (sql: string) =>
  /^\s*select/i.test(sql) && sql.includes('from "discrepancies"') && sql.includes('"article_json"');

describe.each(dialects)('story matrix and timeline kept on %s', (_name, open) => {
  let t: TestStore;
  let s: Scenario;
  const queries: string[] = [];
  beforeAll(async () => {
    t = await open({ onQuery: (sql) => queries.push(sql) });
    s = await seedScenario(t.store);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  /** The page as this store shows it after the change, and as a store that never read it before would. */
  async function keptAndFresh() {
    queries.length = 0;
    const kept = await loadStoryView(t.store, s.storyId, {});
    const reads = queries.filter(isFigureRowsRead);
    const fresh = await loadStoryView(await t.openAnother(), s.storyId, {});
    return { kept, fresh, reads };
  }

  const later = (ms: number) => new Date(Date.now() + ms).toISOString();

  it('reads only changes after a finding superseded just before the first read is read again', async () => {
    const now = new Date().toISOString();
    await t.store.db
      .updateTable('discrepancies')
      .set({ superseded_at: now, updated_at: now })
      .where('id', '=', s.agreesId)
      .execute();
    await loadStoryView(t.store, s.storyId, {});
    await t.store.discrepancies.review({ discrepancyId: s.secondConflictId, userId: 'usr_x', action: 'confirm' });
    // The read of the last minute's changes finds the superseded finding again: one read still, no full one.
    const { kept, fresh, reads } = await keptAndFresh();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/"updated_at" >=/);
    expect(kept.matrix).toEqual(fresh.matrix);
    expect(kept.timeline).toEqual(fresh.timeline);
  });

  it('reads only the changed findings after a review, and shows what a first read shows', async () => {
    await loadStoryView(t.store, s.storyId, {});
    await t.store.discrepancies.review({ discrepancyId: s.conflictId, userId: 'usr_x', action: 'confirm' });
    const { kept, fresh, reads } = await keptAndFresh();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/"updated_at" >=/);
    expect(kept.matrix).toEqual(fresh.matrix);
    expect(kept.timeline).toEqual(fresh.timeline);
    const cells = kept.matrix.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => c.entries));
    expect(cells.find((e) => e.discrepancyId === s.conflictId)?.status).toBe('confirmed');
  });

  it('drops a superseded finding and adds a new one and a figure change, reading only those', async () => {
    await loadStoryView(t.store, s.storyId, {});
    const old = (await t.store.discrepancies.get(s.secondConflictId))!;
    const at = later(1_000);
    await t.store.db
      .updateTable('discrepancies')
      .set({ superseded_at: at, updated_at: at })
      .where('id', '=', old.id)
      .execute();
    await supersedeWithNew(t.store, old.id, later(1_001));
    const { kept, fresh, reads } = await keptAndFresh();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/"updated_at" >=/);
    expect(kept.matrix).toEqual(fresh.matrix);
    expect(kept.timeline).toEqual(fresh.timeline);
    const ids = kept.matrix.rows.flatMap((r) =>
      Object.values(r.cells).flatMap((c) => c.entries.map((e) => e.discrepancyId)),
    );
    expect(ids).not.toContain(old.id);
    expect(ids).toContain(`${old.id}_new`);
    expect(kept.timeline.some((p) => p.changedFrom === 'the old text')).toBe(true);
  });
});

/** A copy of a finding with another figure, as a newer analysis would store, and the figure change it records. */
async function supersedeWithNew(store: Store, id: string, at: string): Promise<void> {
  const row = await store.db.selectFrom('discrepancies').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const figure = { ...JSON.parse(row.article_json!), value: 13_000, text: '13,000' };
  await store.db
    .insertInto('discrepancies')
    .values({
      ...row,
      id: `${id}_new`,
      article_json: JSON.stringify(figure),
      superseded_at: null,
      superseded_by: null,
      superseded_in_version: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await store.db
    .insertInto('figure_changes')
    .values({
      id: `fch_${id}`,
      article_id: row.article_id,
      story_id: row.story_id,
      figure_key: row.figure_key,
      from_version_id: row.version_id,
      to_version_id: row.version_id,
      from_value: 12_000,
      to_value: 13_000,
      from_text: 'the old text',
      to_text: '13,000',
      changed_at: at,
    })
    .execute();
}
