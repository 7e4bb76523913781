import type { Kysely, Transaction } from 'kysely';
import { nowIso, stableId } from '../ids.js';
import type { ArticleComparison, ComparedDiscrepancy } from '../schemas/compare.js';
import type { Claim, Figure } from '../schemas/figure.js';
import { toJson } from './json.js';
import type { Database } from './schema.js';
import { recountStory } from './story-counts.js';

export interface AnalysisInput {
  storyId: string;
  articleId: string;
  versionId: string;
  outlet: string;
  /** The analysis engine that made it (ANALYSIS_ENGINE_VERSION in packages/core), stored with it. */
  engineVersion: string;
  figures: Figure[];
  claims: Claim[];
  comparison: Pick<ArticleComparison, 'relevant' | 'relevance' | 'relevanceTerms' | 'discrepancies'>;
}

export interface SavedAnalysis {
  /** Findings that did not exist before (what alerting looks at). */
  created: string[];
  /** Every finding this analysis made, in the order of the comparison's discrepancies. */
  stored: string[];
  /** True when a newer version of the article was already analysed for the story: nothing was written. */
  stale: boolean;
}

/**
 * The natural key of a finding: the same story, article, figure key, kind and stated values is the same
 * discrepancy however often the article is re-fetched or re-analysed.
 */
export function discrepancyId(storyIdValue: string, articleIdValue: string, d: ComparedDiscrepancy): string {
  return stableId('dsc', storyIdValue, articleIdValue, d.key, d.kind, d.article?.text ?? '', d.reference?.text ?? '');
}

/**
 * Stores one analysis of one article version for one story in a single transaction: figures, claims,
 * relevance and findings. Idempotent: running it twice leaves the same rows. The article's row is locked
 * first (a no-op update: a row lock on PostgreSQL, the write lock on SQLite), so analyses of the same
 * article run one after the other across workers, and an older version's analysis finishing after a newer
 * one's is a no-op.
 */
export async function saveAnalysis(db: Kysely<Database>, input: AnalysisInput): Promise<SavedAnalysis> {
  const now = nowIso();
  return db.transaction().execute(async (trx) => {
    const version = await lockAndCheckVersion(trx, input);
    if (version === null) return { created: [], stored: [], stale: true };
    await replaceFiguresAndClaims(trx, input);
    await recordRelevance(trx, input, version, now);
    const findings = input.comparison.relevant ? input.comparison.discrepancies : [];
    const ids = findings.map((d) => discrepancyId(input.storyId, input.articleId, d));
    const created = await upsertFindings(trx, input, findings, ids, now);
    await supersedeFindingsNotMade(trx, input, findings, ids, now);
    // Last, so the story's counts row is locked only for the end of the transaction.
    await recountStory(trx, input.storyId);
    return { created, stored: ids, stale: false };
  });
}

/** The version number being analysed, or null when the story already holds a newer version's analysis. */
async function lockAndCheckVersion(trx: Transaction<Database>, input: AnalysisInput): Promise<number | null> {
  await trx
    .updateTable('articles')
    .set((eb) => ({ latest_version: eb.ref('latest_version') }))
    .where('id', '=', input.articleId)
    .execute();
  const analysing = await trx
    .selectFrom('article_versions')
    .select('version')
    .where('id', '=', input.versionId)
    .executeTakeFirst();
  if (!analysing) throw new Error(`no version ${input.versionId} of article ${input.articleId}`);
  const current = await trx
    .selectFrom('article_stories')
    .select('version')
    .where('article_id', '=', input.articleId)
    .where('story_id', '=', input.storyId)
    .executeTakeFirst();
  return current && current.version > analysing.version ? null : analysing.version;
}

async function replaceFiguresAndClaims(trx: Transaction<Database>, input: AnalysisInput): Promise<void> {
  await trx.deleteFrom('figures').where('version_id', '=', input.versionId).execute();
  await trx.deleteFrom('claims').where('version_id', '=', input.versionId).execute();
  if (input.figures.length > 0) {
    await trx
      .insertInto('figures')
      .values(
        input.figures.map((f, idx) => ({
          id: stableId('fig', input.versionId, idx),
          version_id: input.versionId,
          article_id: input.articleId,
          idx,
          category: f.category,
          value: f.value,
          figure_json: toJson(f),
        })),
      )
      .execute();
  }
  if (input.claims.length > 0) {
    await trx
      .insertInto('claims')
      .values(
        input.claims.map((c, idx) => ({
          id: stableId('clm', input.versionId, idx),
          version_id: input.versionId,
          article_id: input.articleId,
          idx,
          source_key: c.sourceKey,
          claim_json: toJson(c),
        })),
      )
      .execute();
  }
}

async function recordRelevance(trx: Transaction<Database>, input: AnalysisInput, version: number, now: string) {
  const rel = input.comparison;
  const values = {
    relevant: rel.relevant ? 1 : 0,
    relevance: rel.relevance,
    terms_json: toJson(rel.relevanceTerms),
    version_id: input.versionId,
    version,
    analysed_at: now,
    engine_version: input.engineVersion,
  };
  await trx
    .insertInto('article_stories')
    .values({ article_id: input.articleId, story_id: input.storyId, ...values })
    .onConflict((oc) => oc.columns(['article_id', 'story_id']).doUpdateSet(values))
    .execute();
  // Versions up to this one need no analysis any more: maintenance's re-offer index holds only the rest.
  await trx
    .updateTable('article_versions')
    .set({ awaiting_analysis: 0 })
    .where('article_id', '=', input.articleId)
    .where('version', '<=', version)
    .where('awaiting_analysis', '=', 1)
    .execute();
}

/** Inserts or refreshes each finding; one made again after it was superseded is current again. */
async function upsertFindings(
  trx: Transaction<Database>,
  input: AnalysisInput,
  findings: ComparedDiscrepancy[],
  ids: string[],
  now: string,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const existing = new Set(
    (await trx.selectFrom('discrepancies').select('id').where('id', 'in', ids).execute()).map((r) => r.id),
  );
  for (const [i, d] of findings.entries()) {
    const row = {
      version_id: input.versionId,
      severity: d.severity,
      confidence: d.confidence ?? 1,
      reference_json: d.reference ? toJson(d.reference) : null,
      article_json: d.article ? toJson(d.article) : null,
      diff_json: d.diff ? toJson(d.diff) : null,
      note: d.note ?? null,
      updated_at: now,
      superseded_at: null,
      superseded_by: null,
      superseded_in_version: null,
    };
    await trx
      .insertInto('discrepancies')
      .values({
        id: ids[i]!,
        story_id: input.storyId,
        article_id: input.articleId,
        kind: d.kind,
        figure_key: d.key,
        outlet: input.outlet,
        category: d.article?.category ?? d.reference?.category ?? null,
        status: 'open',
        created_at: now,
        ...row,
      })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }
  return ids.filter((id) => !existing.has(id));
}

/**
 * Open, unreviewed findings of older versions that this analysis no longer makes are marked superseded,
 * never deleted: an alert already sent links to them. Each points at the finding of the same figure key
 * that replaced it, when there is one.
 */
async function supersedeFindingsNotMade(
  trx: Transaction<Database>,
  input: AnalysisInput,
  findings: ComparedDiscrepancy[],
  ids: string[],
  now: string,
): Promise<void> {
  let q = trx
    .selectFrom('discrepancies')
    .select(['id', 'figure_key'])
    .where('story_id', '=', input.storyId)
    .where('article_id', '=', input.articleId)
    .where('status', '=', 'open')
    .where('superseded_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(selectFrom('reviews').select('reviews.id').whereRef('reviews.discrepancy_id', '=', 'discrepancies.id')),
      ),
    );
  if (ids.length > 0) q = q.where('id', 'not in', ids);
  const stale = await q.execute();
  const replacementOf = new Map<string, string>();
  for (const [i, d] of findings.entries()) if (!replacementOf.has(d.key)) replacementOf.set(d.key, ids[i]!);
  const byReplacement = new Map<string | null, string[]>();
  for (const row of stale) {
    const by = replacementOf.get(row.figure_key) ?? null;
    byReplacement.set(by, [...(byReplacement.get(by) ?? []), row.id]);
  }
  for (const [by, staleIds] of byReplacement) {
    await trx
      .updateTable('discrepancies')
      .set({ superseded_at: now, superseded_by: by, superseded_in_version: input.versionId, updated_at: now })
      .where('id', 'in', staleIds)
      .execute();
  }
}
