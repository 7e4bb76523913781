/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Role, type User, type UserInvite } from '@parallax/shared';
import { type FormState, FormAlert, TextField, emptyForm, typedValue } from './form-fields.js';
import { CsrfField, Layout, type Viewer, formatTime } from './layout.js';

/** The one-time link of an invitation just made: shown once, never stored in the clear. */
export interface MadeInvite {
  username: string;
  link: string;
  hours: number;
}

function InviteForm({ viewer, form, invited }: { viewer: Viewer; form: FormState; invited?: MadeInvite | undefined }) {
  return (
    <section class="panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      {invited ? (
        <p class="notice" role="status">
          Send this link to {invited.username}; it works once, for {invited.hours} hours, and replaces any earlier link
          for that name: <code class="invite-link">{invited.link}</code>
        </p>
      ) : null}
      <form method="post" action="/users/invite" class="stack" id="invite-form">
        <CsrfField viewer={viewer} />
        <FormAlert form={form} fields={['username', 'role']} />
        <TextField form={form} name="username" label="Username" required maxlength={64} autocomplete="off" />
        <label>
          Role
          <select name="role">
            {Role.options.map((r) => (
              <option value={r} selected={r === (typedValue(form, 'role') || 'viewer')}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Make an invitation link</button>
      </form>
    </section>
  );
}

/** Links sent but not yet used nor expired; revoking one makes its link stop working. */
function OpenInvites({ invites, viewer }: { invites: UserInvite[]; viewer: Viewer }) {
  return (
    <section aria-labelledby="open-invites-heading">
      <h2 id="open-invites-heading">Open invitations</h2>
      {invites.length === 0 ? (
        <p class="muted">None: every invitation has been used, revoked or has expired.</p>
      ) : (
        <div class="table-wrap">
          <table class="data open-invites">
            <thead>
              <tr>
                <th scope="col">For</th>
                <th scope="col">Role</th>
                <th scope="col">Invited by</th>
                <th scope="col">Made</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span class="visually-hidden">Revoke</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invites.map((invite) => (
                <tr>
                  <th scope="row">{invite.username}</th>
                  <td>{invite.role}</td>
                  <td>{invite.createdBy}</td>
                  <td>{formatTime(invite.createdAt)}</td>
                  <td>{formatTime(invite.expiresAt)}</td>
                  <td>
                    <form
                      method="post"
                      action={`/users/invitations/${encodeURIComponent(invite.username)}/revoke`}
                      class="inline-form"
                    >
                      <CsrfField viewer={viewer} />
                      <button
                        type="submit"
                        class="secondary"
                        aria-label={`Revoke the invitation for ${invite.username}`}
                      >
                        Revoke
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Admins invite people, change roles and disable accounts here (the CLI's `parallax user` does the same). */
export function UsersPage({
  users,
  invites,
  viewer,
  form = emptyForm(),
  invited,
}: {
  users: User[];
  invites: UserInvite[];
  viewer: Viewer;
  form?: FormState;
  invited?: MadeInvite | undefined;
}) {
  return (
    <Layout title="Users" viewer={viewer} section="users">
      <h1>Users</h1>
      <InviteForm viewer={viewer} form={form} invited={invited} />
      <OpenInvites invites={invites} viewer={viewer} />
      <p class="muted">
        From the command line: <code>npx parallax user add NAME --role editor</code> and{' '}
        <code>npx parallax user passwd NAME</code>.
      </p>
      <div class="table-wrap">
        <table class="data">
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Role</th>
              <th scope="col">State</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => {
              const base = `/users/${encodeURIComponent(u.username)}`;
              return (
                <tr>
                  <th scope="row">{u.username}</th>
                  <td>
                    <form method="post" action={`${base}/role`} class="inline-form">
                      <CsrfField viewer={viewer} />
                      <label class="visually-hidden" for={`role-${u.id}`}>
                        Role of {u.username}
                      </label>
                      <select name="role" id={`role-${u.id}`}>
                        {Role.options.map((r) => (
                          <option value={r} selected={r === u.role}>
                            {r}
                          </option>
                        ))}
                      </select>
                      <button type="submit" class="secondary">
                        Set
                      </button>
                    </form>
                  </td>
                  <td>
                    <form method="post" action={`${base}/${u.disabled ? 'enable' : 'disable'}`} class="inline-form">
                      <CsrfField viewer={viewer} />
                      <span>{u.disabled ? 'disabled' : 'active'}</span>{' '}
                      <button type="submit" class="secondary">
                        {u.disabled ? 'Enable' : 'Disable'}
                      </button>
                    </form>
                  </td>
                  <td>{formatTime(u.createdAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
