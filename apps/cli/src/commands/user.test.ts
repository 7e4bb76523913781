import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { openStore } from '@parallax/shared';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { registerUserCommand } from './user.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-user-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], options: { password?: string; stdin?: string } = {}) {
  let out = '';
  const program = new Command('parallax').exitOverride();
  registerUserCommand(program, {
    env: { PARALLAX_DATA_DIR: dir, ...(options.password ? { PARALLAX_PASSWORD: options.password } : {}) },
    stdin: Readable.from([options.stdin ?? '']),
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: () => true },
  });
  await program.parseAsync(['node', 'parallax', 'user', ...args]);
  return out;
}

describe('parallax user', () => {
  it('adds users with a role, from PARALLAX_PASSWORD or stdin, and lists them', async () => {
    expect(await run(['add', 'ada', '--role', 'admin'], { password: 'a long password' })).toBe('created ada (admin)\n');
    expect(await run(['add', 'eddie', '--role', 'editor'], { stdin: 'from stdin 123\nignored\n' })).toBe(
      'created eddie (editor)\n',
    );
    const list = JSON.parse(await run(['list', '--json'])) as Array<{ username: string; role: string }>;
    expect(list.map((u) => [u.username, u.role])).toEqual([
      ['ada', 'admin'],
      ['eddie', 'editor'],
    ]);
    const store = await openStore({ dataDir: dir });
    expect(await store.users.authenticate('eddie', 'from stdin 123')).not.toBeNull();
    await store.close();
  });

  it('refuses a bad role, a short password and a duplicate', async () => {
    await expect(run(['add', 'x1', '--role', 'root'], { password: 'a long password' })).rejects.toThrow(
      /--role must be one of/,
    );
    await expect(run(['add', 'x2'], { password: 'short' })).rejects.toThrow(/at least 8/);
    await expect(run(['add', 'ada'], { password: 'a long password' })).rejects.toThrow(/already exists/);
  });

  it('disables, enables and changes passwords', async () => {
    await run(['disable', 'eddie']);
    const store = await openStore({ dataDir: dir });
    expect(await store.users.authenticate('eddie', 'from stdin 123')).toBeNull();
    await run(['enable', 'eddie']);
    await run(['passwd', 'eddie'], { password: 'brand new password' });
    expect(await store.users.authenticate('eddie', 'brand new password')).not.toBeNull();
    await store.close();
    await expect(run(['disable', 'nobody'])).rejects.toThrow(/no user nobody/);
  });
});
