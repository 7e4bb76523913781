import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { openStore } from '@parallax/shared';
import { Role } from '@parallax/shared/schemas';
import type { Command } from 'commander';
import { processEnv } from '../env.js';

/** Where the command reads secrets and writes its output; tests pass their own. */
export interface UserCommandIo {
  env: Record<string, string | undefined>;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const defaultIo = (): UserCommandIo => ({
  env: processEnv(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});

/** The embedded SQLite file the store would open, or null when DATABASE_URL names a PostgreSQL server. */
function sqliteFileOf(env: { DATABASE_URL?: string | undefined; PARALLAX_DATA_DIR: string }): string | null {
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return null;
  return url?.startsWith('sqlite:')
    ? url.slice('sqlite:'.length)
    : join(resolve(env.PARALLAX_DATA_DIR), 'parallax.sqlite');
}

/**
 * The same store the apps open: DATABASE_URL, or the SQLite file in PARALLAX_DATA_DIR. Only `add` may create
 * it: the other commands, run outside the Parallax folder, would leave an empty data folder behind.
 */
async function withStore<T>(
  io: UserCommandIo,
  work: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>,
  options: { create?: boolean } = {},
): Promise<T> {
  // Loaded here, not at the top: the store brings the database and Redis clients, which `extract` and `compare`
  // (registered in the same program) do not need.
  const { CommonEnv, openStore, parseEnv } = await import('@parallax/shared');
  const env = parseEnv(CommonEnv, io.env);
  const file = sqliteFileOf(env);
  if (!options.create && file !== null && file !== ':memory:' && !existsSync(file)) {
    throw new Error(
      `no Parallax store at ${file}: run this in the Parallax folder, or set PARALLAX_DATA_DIR or DATABASE_URL`,
    );
  }
  const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.PARALLAX_DATA_DIR });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Asks on the terminal without echoing what is typed. */
async function promptHidden(io: UserCommandIo, question: string): Promise<string> {
  const rl = createInterface({ input: io.stdin, output: process.stderr, terminal: true });
  const muted = rl as unknown as { _writeToOutput: (text: string) => void };
  io.stderr.write(question);
  muted._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  io.stderr.write('\n');
  return answer;
}

/**
 * The password from PARALLAX_PASSWORD, else typed twice at a terminal, else the first line of stdin.
 * Never from an argument: arguments end up in shell history and process listings.
 */
async function readPassword(io: UserCommandIo): Promise<string> {
  let password = io.env.PARALLAX_PASSWORD;
  if (password === undefined || password === '') {
    if (io.stdin.isTTY) {
      password = await promptHidden(io, 'Password: ');
      if ((await promptHidden(io, 'Again: ')) !== password) throw new Error('the passwords differ');
    } else {
      password = (await readAll(io.stdin)).split(/\r?\n/)[0] ?? '';
    }
  }
  const { MIN_PASSWORD_LENGTH } = await import('@parallax/shared');
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  return password;
}

export function registerUserCommand(program: Command, io: UserCommandIo = defaultIo()): void {
  const user = program.command('user').description("Manage the dashboard's accounts");

  user
    .command('add')
    .description('Create an account; the password comes from PARALLAX_PASSWORD, a prompt or stdin')
    .argument('<username>', 'letters, digits, dot, underscore, @ and hyphen')
    .option('--role <role>', 'viewer (reads), editor (reviews) or admin (feeds, stories, queues)', 'viewer')
    .action(async (username: string, options: { role: string }) => {
      const role = Role.safeParse(options.role);
      if (!role.success) throw new Error(`--role must be one of ${Role.options.join(', ')}`);
      const password = await readPassword(io);
      const created = await withStore(io, (store) => store.users.create({ username, password, role: role.data }), {
        create: true,
      });
      io.stdout.write(`created ${created.username} (${created.role})\n`);
    });

  user
    .command('list')
    .description('List the accounts')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const users = await withStore(io, (store) => store.users.list());
      if (options.json) {
        io.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
        return;
      }
      if (users.length === 0) io.stdout.write('no users\n');
      for (const u of users) {
        io.stdout.write(
          `${u.username.padEnd(24)} ${u.role.padEnd(7)} ${u.disabled ? 'disabled' : 'active  '} ${u.createdAt}\n`,
        );
      }
    });

  user
    .command('disable')
    .description('Disable an account; its sessions end at its next request')
    .argument('<username>')
    .action(async (username: string) => {
      await withStore(io, (store) => store.users.setDisabled(username, true));
      io.stdout.write(`disabled ${username}\n`);
    });

  user
    .command('enable')
    .description('Enable a disabled account again')
    .argument('<username>')
    .action(async (username: string) => {
      await withStore(io, (store) => store.users.setDisabled(username, false));
      io.stdout.write(`enabled ${username}\n`);
    });

  user
    .command('passwd')
    .description('Set a new password; from PARALLAX_PASSWORD, a prompt or stdin')
    .argument('<username>')
    .action(async (username: string) => {
      const password = await readPassword(io);
      await withStore(io, (store) => store.users.setPassword(username, password));
      io.stdout.write(`password changed for ${username}\n`);
    });
}
