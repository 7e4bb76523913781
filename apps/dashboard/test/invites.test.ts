import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, openHarness } from './harness.js';

const NEW_PASSWORD = 'a-long-new-password';

/** The one-time link on the users page after an invitation is made. */
const linkIn = (html: string): string => /<code class="invite-link">([^<]+)<\/code>/.exec(html)?.[1] ?? '';

/** The open-invitations table of the users page: name, role and inviter of each row. */
const openInvitesIn = (html: string): string[][] => {
  const table = /<table class="data open-invites">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><td>([^<]*)<\/td>/g)].map((m) =>
    m.slice(1, 4),
  );
};

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

  it('lists open invitations for admins, each with a revoke that stops its link working', async () => {
    const link = linkIn(await (await admin.form('/users/invite', { username: 'quinn', role: 'editor' })).text());
    const path = new URL(link).pathname;
    const listed = await (await admin.request('/users')).text();
    expect(openInvitesIn(listed)).toContainEqual(['quinn', 'editor', 'ada']);
    // Accepted earlier in this file: a used invitation is no longer open.
    expect(openInvitesIn(listed).map(([name]) => name)).not.toContain('nina');

    const revokePath = '/users/invitations/quinn/revoke';
    const editor = new Client(h.app);
    await editor.login('eddie');
    expect((await editor.form(revokePath, {})).status).toBe(403);
    expect((await admin.form(revokePath, { _csrf: 'forged' })).status).toBe(403);
    expect((await admin.form(revokePath, {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await new Client(h.app).request(path)).status).toBe(200);

    const revoked = await admin.form(revokePath, {});
    expect(revoked.status).toBe(303);
    expect(revoked.headers.get('location')).toBe('/users');
    expect(openInvitesIn(await (await admin.request('/users')).text()).map(([name]) => name)).not.toContain('quinn');
    expect((await new Client(h.app).request(path)).status).toBe(404);
    const accepted = await new Client(h.app).form(path, { password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(accepted.status).toBe(404);
    expect((await h.store.users.list()).some((u) => u.username === 'quinn')).toBe(false);
    expect((await admin.form(revokePath, {})).status).toBe(404);
  });

  it('replaces an open link when the same name is invited again', async () => {
    const first = new URL(
      linkIn(await (await admin.form('/users/invite', { username: 'rosa', role: 'viewer' })).text()),
    );
    const second = new URL(
      linkIn(await (await admin.form('/users/invite', { username: 'rosa', role: 'editor' })).text()),
    );
    expect((await new Client(h.app).request(first.pathname)).status).toBe(404);
    expect(await (await new Client(h.app).request(second.pathname)).text()).toContain(
      'You are invited as <strong>rosa</strong> (editor)',
    );
    const rosa = openInvitesIn(await (await admin.request('/users')).text()).filter(([name]) => name === 'rosa');
    expect(rosa).toEqual([['rosa', 'editor', 'ada']]);
  });

  it('answers an unknown link with a sentence, not an error page', async () => {
    const res = await new Client(h.app).request('/invite/not-a-real-token');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('This invitation link has been used or has expired.');
  });
});
