import { sql } from 'kysely';
import { alertChannelsRepo } from './alert-channels.js';
import { alertsRepo } from './alerts.js';
import { articlesRepo } from './articles.js';
import { type DatabaseOptions, type Dialect, migrateToLatest, openDatabase } from './database.js';
import { discrepanciesRepo } from './discrepancies.js';
import { feedsRepo } from './feeds.js';
import { retentionRepo } from './retention.js';
import { searchRepo } from './search.js';
import { storiesRepo } from './stories.js';
import { userInvitesRepo } from './user-invites.js';
import { usersRepo } from './users.js';

export * from './alert-channels.js';
export * from './alerts.js';
export * from './analysis-write.js';
export * from './articles.js';
export * from './database.js';
export * from './discrepancies.js';
export * from './feeds.js';
export type { Database } from './schema.js';
export * from './retention.js';
export * from './search.js';
export * from './stories.js';
export * from './user-invites.js';
export * from './users.js';

/** The system of record behind one typed query layer. Opening it connects; importing this module does not. */
export async function openStore(options: DatabaseOptions & { migrate?: boolean } = {}) {
  const { db, dialect, location } = openDatabase(options);
  if (options.migrate !== false) await migrateToLatest(db, options.pgSchema);
  const users = usersRepo(db);
  return {
    db,
    dialect: dialect as Dialect,
    location,
    stories: storiesRepo(db),
    feeds: feedsRepo(db),
    articles: articlesRepo(db),
    discrepancies: discrepanciesRepo(db),
    alerts: alertsRepo(db),
    users,
    invites: userInvitesRepo(db, users),
    alertChannels: alertChannelsRepo(db),
    search: searchRepo(db),
    retention: retentionRepo(db),
    /** One round trip to the database: what a readiness check asks. */
    ping: async (): Promise<void> => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
export type Store = Awaited<ReturnType<typeof openStore>>;
