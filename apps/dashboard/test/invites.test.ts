import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, openHarness } from './harness.js';

const NEW_PASSWORD = 'a-long-new-password';

/** The one-time link on the users page after an invitation is made. */
const linkIn = (html: string): string => /<code class="invite-link">([^<]+)<\/code>/.exec(html)?.[1] ?? '';

describe('users invited from the dashboard', () => {
  let h: Harness;
  let admin: Client;
  beforeAll(async () => {
    h = await openHarness();
    admin = new Client(h.app);
    await admin.login('ada');
  });
  afterAll(() => h?.close());

  it('makes a one-time link that creates the account with its role, once', async () => {
    const made = await admin.form('/users/invite', { username: 'nina', role: 'editor' });
    expect(made.status).toBe(200);
    const link = linkIn(await made.text());
    expect(link).toMatch(/^http:\/\/localhost\/invite\/[A-Za-z0-9_-]{32}$/);
    const path = new URL(link).pathname;

    const guest = new Client(h.app);
    const page = await guest.request(path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('You are invited as <strong>nina</strong> (editor)');

    const mismatch = await guest.form(path, { password: NEW_PASSWORD, confirm: 'something else' });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain('id="confirm-error">The two passwords differ.<');

    const accepted = await guest.form(path, { password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(accepted.status).toBe(303);
    expect((await h.store.users.list()).find((u) => u.username === 'nina')).toMatchObject({ role: 'editor' });
    expect((await guest.login('nina', NEW_PASSWORD)).status).toBe(303);

    const again = await new Client(h.app).form(path, { password: 'another-password', confirm: 'another-password' });
    expect(again.status).toBe(404);
    expect(await again.text()).toContain('This invitation link has been used or has expired.');
  });

  it('keeps no token in the clear', async () => {
    const link = linkIn(await (await admin.form('/users/invite', { username: 'omar', role: 'viewer' })).text());
    const token = link.split('/').at(-1)!;
    const rows = await h.store.db.selectFrom('user_invites').selectAll().execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.find((r) => r.username === 'omar')?.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an existing username and a bad one next to the field', async () => {
    const taken = await admin.form('/users/invite', { username: 'eddie', role: 'viewer' });
    expect(taken.status).toBe(400);
    expect(await taken.text()).toContain('id="username-error">There is a user eddie already.<');
    const bad = await admin.form('/users/invite', { username: 'no spaces', role: 'viewer' });
    expect(await bad.text()).toContain(
      'id="username-error">A username has only letters, digits, dot, underscore, @ and hyphen.<',
    );
  });

  it('is for admins only, and refuses a cross-site acceptance', async () => {
    const editor = new Client(h.app);
    await editor.login('eddie');
    expect((await editor.form('/users/invite', { username: 'mallory', role: 'admin' })).status).toBe(403);
    const link = linkIn(await (await admin.form('/users/invite', { username: 'pia', role: 'viewer' })).text());
    const res = await new Client(h.app).form(
      new URL(link).pathname,
      { password: NEW_PASSWORD, confirm: NEW_PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect((await h.store.users.list()).some((u) => u.username === 'pia')).toBe(false);
  });

  it('answers an unknown link with a sentence, not an error page', async () => {
    const res = await new Client(h.app).request('/invite/not-a-real-token');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('This invitation link has been used or has expired.');
  });
});
