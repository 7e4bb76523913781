import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** What retention removes, and what it never touches: findings, reviews, alerts and the versions they cite. */
export interface RetentionCutoffs {
  /** Feed items first seen before this are forgotten (an item still in its feed is just seen again). */
  feedItemsSeenBefore: string;
  /**
   * Article versions fetched before this are removed with their figures and claims, unless they are their
   * article's newest, the analysed one of a story, or cited by a finding or a figure change.
   */
  versionsFetchedBefore: string;
  /** Rows deleted per statement, so no prune holds the write lock for long. */
  batchSize?: number;
}

export interface Pruned {
  feedItems: number;
  versions: number;
}

async function pruneFeedItems(db: Kysely<Database>, before: string, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = db.selectFrom('feed_items').select('id').where('seen_at', '<', before).limit(batch);
    const r = await db.deleteFrom('feed_items').where('id', 'in', ids).executeTakeFirst();
    const n = Number(r.numDeletedRows);
    total += n;
    if (n < batch) return total;
  }
}

async function pruneVersions(db: Kysely<Database>, before: string, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = db
      .selectFrom('article_versions as v')
      .innerJoin('articles as a', 'a.id', 'v.article_id')
      .select('v.id')
      .where('v.fetched_at', '<', before)
      .whereRef('v.version', '<', 'a.latest_version')
      .where(({ not, exists, selectFrom, or }) =>
        not(
          or([
            exists(selectFrom('article_stories as s').select('s.article_id').whereRef('s.version_id', '=', 'v.id')),
            exists(selectFrom('discrepancies as d').select('d.id').whereRef('d.version_id', '=', 'v.id')),
            exists(selectFrom('figure_changes as f').select('f.id').whereRef('f.from_version_id', '=', 'v.id')),
            exists(selectFrom('figure_changes as f').select('f.id').whereRef('f.to_version_id', '=', 'v.id')),
          ]),
        ),
      )
      .limit(batch);
    const victims = (await ids.execute()).map((r) => r.id);
    if (victims.length === 0) return total;
    // Figures and claims go with their version (ON DELETE CASCADE), in one transaction each batch.
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('figures').where('version_id', 'in', victims).execute();
      await trx.deleteFrom('claims').where('version_id', 'in', victims).execute();
      await trx.deleteFrom('article_versions').where('id', 'in', victims).execute();
    });
    total += victims.length;
    if (victims.length < batch) return total;
  }
}

export function retentionRepo(db: Kysely<Database>) {
  return {
    /** Deletes what the cutoffs make old, in batches; findings, reviews and alerts are kept. */
    async prune(cutoffs: RetentionCutoffs): Promise<Pruned> {
      const batch = cutoffs.batchSize ?? 1_000;
      const feedItems = await pruneFeedItems(db, cutoffs.feedItemsSeenBefore, batch);
      const versions = await pruneVersions(db, cutoffs.versionsFetchedBefore, batch);
      return { feedItems, versions };
    },
  };
}
