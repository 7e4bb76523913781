import type { Kysely, Selectable } from 'kysely';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/password.js';
import { nowIso, stableId } from '../ids.js';
import { type Role, User } from '../schemas/records.js';
import { fromBool, toBool } from './json.js';
import type { Database, UsersTable } from './schema.js';

function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    username: row.username,
    role: row.role as Role,
    disabled: toBool(row.disabled),
    createdAt: row.created_at,
  };
}

export function usersRepo(db: Kysely<Database>) {
  return {
    async create(input: { username: string; password: string; role: Role }): Promise<User> {
      const username = User.shape.username.parse(input.username);
      const existing = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
      if (existing) throw new Error(`user ${username} already exists`);
      const row = {
        id: stableId('usr', username),
        username,
        password_hash: await hashPassword(input.password),
        role: input.role,
        disabled: 0,
        created_at: nowIso(),
      };
      await db.insertInto('users').values(row).execute();
      return toUser(row);
    },

    async setPassword(username: string, password: string): Promise<void> {
      const hash = await hashPassword(password);
      const r = await db
        .updateTable('users')
        .set({ password_hash: hash })
        .where('username', '=', username)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw new Error(`no user ${username}`);
    },

    async setDisabled(username: string, disabled: boolean): Promise<void> {
      const r = await db
        .updateTable('users')
        .set({ disabled: fromBool(disabled) })
        .where('username', '=', username)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw new Error(`no user ${username}`);
    },

    async setRole(username: string, role: Role): Promise<void> {
      const r = await db.updateTable('users').set({ role }).where('username', '=', username).executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw new Error(`no user ${username}`);
    },

    async get(id: string): Promise<User | null> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toUser(row) : null;
    },

    async list(): Promise<User[]> {
      return (await db.selectFrom('users').selectAll().orderBy('username').execute()).map(toUser);
    },

    /** Checks a login in constant time whether or not the user exists; disabled users never pass. */
    async authenticate(username: string, password: string): Promise<User | null> {
      const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      const ok = await verifyPassword(password, row?.password_hash ?? (await dummyPasswordHash()));
      if (!row || !ok || toBool(row.disabled)) return null;
      return toUser(row);
    },
  };
}
export type UsersRepo = ReturnType<typeof usersRepo>;
