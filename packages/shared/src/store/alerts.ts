import type { Kysely, Selectable, Transaction } from 'kysely';
import { nowIso, stableId } from '../ids.js';
import type { Alert, AlertKind } from '../schemas/records.js';
import { toJson } from './json.js';
import type { AlertsTable, Database } from './schema.js';

export interface AlertInput {
  dedupeKey: string;
  kind: AlertKind;
  storyId?: string | null;
  discrepancyId?: string | null;
  feedId?: string | null;
  severity: number;
  title: string;
  body: Record<string, unknown>;
}

function toAlert(row: Selectable<AlertsTable>): Alert {
  return {
    id: row.id,
    dedupeKey: row.dedupe_key,
    kind: row.kind as AlertKind,
    storyId: row.story_id,
    discrepancyId: row.discrepancy_id,
    feedId: row.feed_id,
    severity: row.severity,
    title: row.title,
    body: JSON.parse(row.body_json) as Record<string, unknown>,
    createdAt: row.created_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by,
  };
}

/** One conflict's alert step: the gap bucket of a (story, figure key, outlet, reopen count). */
export interface ConflictLevel {
  storyId: string;
  figureKey: string;
  outlet: string;
  reopens: number;
  gapBucket: number | null;
}

async function insertOnce(
  db: Kysely<Database>,
  id: string,
  input: AlertInput,
): Promise<{ alert: Alert; created: boolean }> {
  const r = await db
    .insertInto('alerts')
    .values({
      id,
      dedupe_key: input.dedupeKey,
      kind: input.kind,
      story_id: input.storyId ?? null,
      discrepancy_id: input.discrepancyId ?? null,
      feed_id: input.feedId ?? null,
      severity: input.severity,
      title: input.title,
      body_json: toJson(input.body),
      created_at: nowIso(),
      acknowledged_at: null,
      acknowledged_by: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  const row = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { alert: toAlert(row), created: Number(r.numInsertedOrUpdatedRows ?? 0) > 0 };
}

/** Raises the conflict's alerted bucket if this one is higher; true when it did (or the conflict is new). */
async function raiseLevel(trx: Transaction<Database>, level: ConflictLevel): Promise<boolean> {
  const raised = await trx
    .insertInto('conflict_alert_levels')
    .values({
      story_id: level.storyId,
      figure_key: level.figureKey,
      outlet: level.outlet,
      reopens: level.reopens,
      gap_bucket: level.gapBucket ?? 0,
      updated_at: nowIso(),
    })
    .onConflict((oc) =>
      oc
        .columns(['story_id', 'figure_key', 'outlet', 'reopens'])
        .doUpdateSet((eb) => ({ gap_bucket: eb.ref('excluded.gap_bucket'), updated_at: eb.ref('excluded.updated_at') }))
        .whereRef('conflict_alert_levels.gap_bucket', '<', 'excluded.gap_bucket'),
    )
    .returning('gap_bucket')
    .executeTakeFirst();
  return raised !== undefined;
}

export function alertsRepo(db: Kysely<Database>) {
  return {
    /** Inserts the alert unless its dedupe key already exists: the store is what makes "once per conflict" hold. */
    async createOnce(input: AlertInput): Promise<{ alert: Alert; created: boolean }> {
      return insertOnce(db, stableId('alr', input.dedupeKey), input);
    },

    async get(id: string): Promise<Alert | null> {
      const row = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toAlert(row) : null;
    },

    async list(options: { storyId?: string; unacknowledged?: boolean; limit?: number } = {}): Promise<Alert[]> {
      let q = db
        .selectFrom('alerts')
        .selectAll()
        .orderBy('created_at', 'desc')
        .limit(options.limit ?? 200);
      if (options.storyId) q = q.where('story_id', '=', options.storyId);
      if (options.unacknowledged) q = q.where('acknowledged_at', 'is', null);
      return (await q.execute()).map(toAlert);
    },

    /** Alerts nobody acknowledged yet: the count the navigation shows. */
    async countUnacknowledged(): Promise<number> {
      const row = await db
        .selectFrom('alerts')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('acknowledged_at', 'is', null)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    async acknowledge(id: string, username: string): Promise<void> {
      await db
        .updateTable('alerts')
        .set({ acknowledged_at: nowIso(), acknowledged_by: username })
        .where('id', '=', id)
        .where('acknowledged_at', 'is', null)
        .execute();
    },

    async recordDelivery(
      alertId: string,
      channel: string,
      outcome: { ok: true } | { ok: false; error: string },
    ): Promise<void> {
      const now = nowIso();
      const values = outcome.ok
        ? { status: 'delivered', last_error: null, delivered_at: now }
        : { status: 'failing', last_error: outcome.error.slice(0, 2000), delivered_at: null };
      await db
        .insertInto('alert_deliveries')
        .values({ alert_id: alertId, channel, attempts: 1, updated_at: now, ...values })
        .onConflict((oc) =>
          oc.columns(['alert_id', 'channel']).doUpdateSet((eb) => ({
            ...values,
            attempts: eb('alert_deliveries.attempts', '+', 1),
            updated_at: now,
          })),
        )
        .execute();
    },

    /** The deliveries of several alerts in one query, by alert id (through the deliveries' key). */
    async deliveriesOf(alertIds: readonly string[]) {
      const byAlert = new Map<string, Selectable<Database['alert_deliveries']>[]>();
      if (alertIds.length === 0) return byAlert;
      const rows = await db
        .selectFrom('alert_deliveries')
        .selectAll()
        .where('alert_id', 'in', [...new Set(alertIds)])
        .orderBy('channel')
        .execute();
      for (const r of rows) byAlert.set(r.alert_id, [...(byAlert.get(r.alert_id) ?? []), r]);
      return byAlert;
    },

    async deliveries(alertId: string) {
      return db.selectFrom('alert_deliveries').selectAll().where('alert_id', '=', alertId).execute();
    },

    /** Records that an alert is owed to a channel, so an alert whose delivery never ran is still found later. */
    async markPending(alertId: string, channel: string): Promise<void> {
      await db
        .insertInto('alert_deliveries')
        .values({
          alert_id: alertId,
          channel,
          status: 'pending',
          attempts: 0,
          last_error: null,
          delivered_at: null,
          updated_at: nowIso(),
        })
        .onConflict((oc) => oc.columns(['alert_id', 'channel']).doNothing())
        .execute();
    },

    /** Alerts owed to a channel and not delivered yet (pending or failing), oldest first. */
    async undelivered(options: { channel: string; storyId?: string; limit?: number }): Promise<Alert[]> {
      let q = db
        .selectFrom('alerts')
        .innerJoin('alert_deliveries', 'alert_deliveries.alert_id', 'alerts.id')
        .selectAll('alerts')
        .where('alert_deliveries.channel', '=', options.channel)
        .where('alert_deliveries.status', '!=', 'delivered')
        .orderBy('alerts.created_at', 'asc')
        .orderBy('alerts.id')
        .limit(options.limit ?? 500);
      if (options.storyId) q = q.where('alerts.story_id', '=', options.storyId);
      return (await q.execute()).map(toAlert);
    },

    /** Ids of open discrepancies reopened by a review since a time: each reopen may alert again. */
    async reopenedSince(since: string): Promise<string[]> {
      const rows = await db
        .selectFrom('reviews')
        .innerJoin('discrepancies', 'discrepancies.id', 'reviews.discrepancy_id')
        .select('discrepancies.id')
        .distinct()
        .where('reviews.action', '=', 'reopen')
        .where('reviews.created_at', '>=', since)
        .where('discrepancies.status', '=', 'open')
        .orderBy('discrepancies.id')
        .execute();
      return rows.map((r) => r.id);
    },

    /**
     * The once-per-conflict rule, atomic across workers: in one transaction, the finding must still be current
     * (its row is locked, so a newer analysis cannot supersede it half-way), the conflict's alerted level
     * is raised by a conditional upsert on its key (story, figure key, outlet, reopens), and only a raise
     * inserts the alert. A gap no higher than one already alerted returns the alert of that same step when
     * there is one (a retry re-dispatches it), else null; so does a superseded finding.
     */
    async createConflictOnce(
      input: AlertInput & { discrepancyId: string },
      level: ConflictLevel,
    ): Promise<{ alert: Alert; created: boolean } | null> {
      const id = stableId('alr', input.dedupeKey);
      return db.transaction().execute(async (trx) => {
        const current = await trx
          .updateTable('discrepancies')
          .set((eb) => ({ status: eb.ref('status') }))
          .where('id', '=', input.discrepancyId)
          .where('superseded_at', 'is', null)
          .executeTakeFirst();
        if (Number(current.numUpdatedRows) === 0) return null;
        if (level.gapBucket !== null && !(await raiseLevel(trx, level))) {
          const same = await trx.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
          return same ? { alert: toAlert(same), created: false } : null;
        }
        return insertOnce(trx, id, input);
      });
    },
  };
}
export type AlertsRepo = ReturnType<typeof alertsRepo>;
