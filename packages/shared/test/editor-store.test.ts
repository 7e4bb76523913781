import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox, openChannelSecrets, sealChannelSecrets } from '../src/index.js';
import { openPostgresTestStore, openSqliteTestStore, postgresReachable, type TestStore } from '../src/testing/index.js';

const pgUp = await postgresReachable();

/** The store parts the dashboard's admin pages use, on both databases. */
describe.each([
  ['sqlite', openSqliteTestStore, true],
  ['postgres', openPostgresTestStore, pgUp],
] as const)('channels, invitations, search and counts on %s', (_name, open, available) => {
  let t: TestStore;
  beforeAll(async () => {
    if (available) t = await open();
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it.runIf(available)('keeps a channel with its secrets sealed; the seed never replaces an edit', async () => {
    const box = createSecretBox('store-test-key-0123456789abcdefghij');
    const repo = t.store.alertChannels;
    const sealed = sealChannelSecrets(box, 'slack', { url: 'https://hooks.slack.example/T/B/x' });
    expect(await repo.seed({ name: 'slack', enabled: true, settings: {}, secretsSealed: sealed })).toBe(true);
    await repo.save({ name: 'slack', enabled: false, settings: {}, secretsSealed: sealed, updatedBy: 'ada' });
    expect(await repo.seed({ name: 'slack', enabled: true, settings: {}, secretsSealed: null })).toBe(false);
    const stored = (await repo.get('slack'))!;
    expect(stored).toMatchObject({ enabled: false, updatedBy: 'ada' });
    expect(openChannelSecrets(box, stored)).toEqual({ url: 'https://hooks.slack.example/T/B/x' });
    expect(await repo.remove('slack')).toBe(true);
    expect(await repo.list()).toEqual([]);
  });

  it.runIf(available)('spends an invitation once and creates the account', async () => {
    const token = await t.store.invites.create({ username: 'nina', role: 'editor', createdBy: 'ada', ttlHours: 1 });
    expect(await t.store.invites.find(token)).toMatchObject({ username: 'nina', role: 'editor' });
    expect(await t.store.invites.accept(token, 'a-long-password')).toMatchObject({ username: 'nina' });
    expect(await t.store.invites.accept(token, 'a-long-password')).toBeNull();
    expect(await t.store.invites.find(token)).toBeNull();
    const expired = await t.store.invites.create({ username: 'omar', role: 'viewer', createdBy: 'ada', ttlHours: 0 });
    expect(await t.store.invites.find(expired)).toBeNull();
  });

  it.runIf(available)('searches case aside, taking % and _ literally', async () => {
    await t.store.stories.upsert({
      slug: 'dam',
      title: 'Valley Dam fails',
      referenceText: 'A 100% loss.',
      language: 'en',
    });
    expect((await t.store.search.search('valley DAM')).stories.map((s) => s.slug)).toEqual(['dam']);
    expect((await t.store.search.search('100%')).stories.map((s) => s.slug)).toEqual(['dam']);
    expect((await t.store.search.search('1_0')).stories).toEqual([]);
  });

  it.runIf(available)('counts the alerts nobody acknowledged', async () => {
    const { alert } = await t.store.alerts.createOnce({
      dedupeKey: 'k1',
      kind: 'feed_health',
      severity: 0.5,
      title: 'a',
      body: {},
    });
    await t.store.alerts.createOnce({ dedupeKey: 'k2', kind: 'feed_health', severity: 0.5, title: 'b', body: {} });
    expect(await t.store.alerts.countUnacknowledged()).toBe(2);
    await t.store.alerts.acknowledge(alert.id, 'ada');
    expect(await t.store.alerts.countUnacknowledged()).toBe(1);
  });
});
