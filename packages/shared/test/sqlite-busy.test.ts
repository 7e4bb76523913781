import { openSqliteTestStore, type TestStore } from '@parallax/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Another process holding SQLite's write lock must not freeze this one: the write waits asynchronously.
describe('a SQLite write while another connection holds the lock', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openSqliteTestStore();
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('waits without blocking the event loop and completes once the lock is released', async () => {
    const other = await t.openAnother();
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = other.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('users')
        .values({
          id: 'usr_holder',
          username: 'holder',
          password_hash: 'x',
          role: 'editor',
          disabled: 0,
          created_at: new Date().toISOString(),
        })
        .execute();
      locked();
      await released;
    });
    await holding;

    let ticks = 0;
    const ticker = setInterval(() => {
      ticks++;
      // Let the waiting write through after the loop has shown it is free several times over.
      if (ticks === 5) release();
    }, 5);
    try {
      const story = await t.store.stories.upsert({ slug: 'busy', title: 'B', referenceText: 'r', language: 'en' });
      expect(ticks).toBeGreaterThanOrEqual(5);
      expect(story.slug).toBe('busy');
    } finally {
      clearInterval(ticker);
    }
    await holder;
    expect((await t.store.db.selectFrom('users').select('id').execute()).map((u) => u.id)).toContain('usr_holder');
  });
});
