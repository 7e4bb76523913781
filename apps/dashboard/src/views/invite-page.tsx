/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { UserInvite } from '@parallax/shared';
import { type FormState, FieldError, invalidAttrs } from './form-fields.js';
import { Layout } from './layout.js';

/** Where an invited person chooses their password; the link itself is the proof of the invitation. */
export function InvitePage({ invite, form }: { invite: UserInvite | null; form: FormState }) {
  return (
    <Layout title="Join Parallax" viewer={null}>
      <section class="panel login-panel">
        <h1>Join Parallax</h1>
        {invite ? (
          <form method="post" class="stack" id="invite-form">
            <p>
              You are invited as <strong>{invite.username}</strong> ({invite.role}). Choose a password to sign in.
            </p>
            <label>
              Password
              <input
                type="password"
                name="password"
                autocomplete="new-password"
                required
                {...invalidAttrs(form, 'password')}
              />
              <FieldError form={form} name="password" />
            </label>
            <label>
              The same password again
              <input
                type="password"
                name="confirm"
                autocomplete="new-password"
                required
                {...invalidAttrs(form, 'confirm')}
              />
              <FieldError form={form} name="confirm" />
            </label>
            <button type="submit">Create my account</button>
          </form>
        ) : (
          <p class="form-error" role="alert">
            This invitation link has been used or has expired. Ask an admin for a new one.
          </p>
        )}
      </section>
    </Layout>
  );
}
