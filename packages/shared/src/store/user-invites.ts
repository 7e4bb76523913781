import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { nowIso } from '../ids.js';
import { type Role, User } from '../schemas/records.js';
import type { Database, UserInvitesTable } from './schema.js';
import type { UsersRepo } from './users.js';

export interface UserInvite {
  username: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
}

/** Only a hash of the token is stored: a copy of the database does not hand out accounts. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** One-time invitations: an admin names the account and its role; whoever opens the link chooses the password. */
export function userInvitesRepo(db: Kysely<Database>, users: UsersRepo) {
  const openInvite = (token: string) =>
    db
      .selectFrom('user_invites')
      .selectAll()
      .where('token_hash', '=', hashOf(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', nowIso())
      .executeTakeFirst();

  const toInvite = (row: Selectable<UserInvitesTable>): UserInvite => ({
    username: row.username,
    role: row.role as Role,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  });

  /** Withdraws a name's open invitations: their links stop working. How many there were. */
  const revoke = async (username: string): Promise<number> => {
    const r = await db
      .deleteFrom('user_invites')
      .where('username', '=', username)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  };

  return {
    /**
     * The token to put in the link; it is shown once and cannot be read back. A new invitation replaces an open one
     * for the same name, so a name has at most one working link.
     */
    async create(input: { username: string; role: Role; createdBy: string; ttlHours: number }): Promise<string> {
      const username = User.shape.username.parse(input.username);
      if ((await users.list()).some((u) => u.username === username)) throw new Error(`user ${username} already exists`);
      const token = randomBytes(24).toString('base64url');
      await revoke(username);
      await db
        .insertInto('user_invites')
        .values({
          token_hash: hashOf(token),
          username,
          role: input.role,
          created_by: input.createdBy,
          created_at: nowIso(),
          expires_at: new Date(Date.now() + input.ttlHours * 3_600_000).toISOString(),
          used_at: null,
        })
        .execute();
      return token;
    },

    /** The invitation a token opens, if it is unused and not expired. */
    async find(token: string): Promise<UserInvite | null> {
      const row = await openInvite(token);
      return row ? toInvite(row) : null;
    },

    /** Invitations not yet used nor expired, the newest first. */
    async listOpen(): Promise<UserInvite[]> {
      const rows = await db
        .selectFrom('user_invites')
        .selectAll()
        .where('used_at', 'is', null)
        .where('expires_at', '>', nowIso())
        .orderBy('created_at', 'desc')
        .orderBy('username')
        .execute();
      return rows.map(toInvite);
    },

    revoke,

    /** Spends the invitation (once, even when two tabs race) and creates the account. */
    async accept(token: string, password: string): Promise<User | null> {
      const invite = await openInvite(token);
      if (!invite) return null;
      const r = await db
        .updateTable('user_invites')
        .set({ used_at: nowIso() })
        .where('token_hash', '=', invite.token_hash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return null;
      return users.create({ username: invite.username, password, role: invite.role as Role });
    },
  };
}
export type UserInvitesRepo = ReturnType<typeof userInvitesRepo>;
