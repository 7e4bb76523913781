/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Role, type User } from '@parallax/shared';
import { CsrfField, Layout, type Viewer, formatTime } from './layout.js';

/** Admins change roles and disable accounts here; accounts and passwords are made with `parallax user`. */
export function UsersPage({ users, viewer }: { users: User[]; viewer: Viewer }) {
  return (
    <Layout title="Users" viewer={viewer} section="users">
      <h1>Users</h1>
      <p class="muted">
        New accounts and passwords: <code>npx parallax user add NAME --role editor</code> and{' '}
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
