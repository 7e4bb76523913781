/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { type Feed, SUPPORTED_LANGUAGES, type Story } from '@parallax/shared';
import type { ImportReport } from '../lib/feed-actions.js';
import {
  emptyForm,
  FieldError,
  FormAlert,
  type FormState,
  invalidAttrs,
  TextField,
  typedValue,
} from './form-fields.js';
import { CsrfField, type Viewer } from './layout.js';

function LanguageField({ form }: { form: FormState }) {
  const chosen = typedValue(form, 'language');
  return (
    <label class="narrow">
      Language
      <select name="language" {...invalidAttrs(form, 'language')}>
        <option value="" selected={chosen === ''}>
          detect
        </option>
        {SUPPORTED_LANGUAGES.map((code) => (
          <option value={code} selected={code === chosen}>
            {code}
          </option>
        ))}
      </select>
      <FieldError form={form} name="language" />
    </label>
  );
}

function IntervalField({ form }: { form: FormState }) {
  return (
    <label class="narrow">
      Interval (s)
      <input
        name="pollIntervalSeconds"
        type="number"
        min={10}
        max={86400}
        value={typedValue(form, 'pollIntervalSeconds')}
        {...invalidAttrs(form, 'pollIntervalSeconds')}
      />
      <FieldError form={form} name="pollIntervalSeconds" />
    </label>
  );
}

const OutletField = ({ form }: { form: FormState }) => (
  <TextField form={form} name="outlet" label="Outlet" required maxlength={200} />
);

export function FeedAddForm({ form, stories, viewer }: { form: FormState; stories: Story[]; viewer: Viewer }) {
  const story = typedValue(form, 'storyId');
  return (
    <form method="post" action="/feeds" class="stack" id="add-feed-form">
      <CsrfField viewer={viewer} />
      <p class="muted small">
        The address of the feed, or of the site: Parallax reads it first and, for a site, follows the feed its page
        names.
      </p>
      <FormAlert form={form} fields={['url', 'outlet', 'language', 'pollIntervalSeconds', 'storyId']} />
      <div class="row">
        <TextField form={form} name="url" label="Feed or site URL" type="url" required maxlength={2048} />
        <OutletField form={form} />
      </div>
      <div class="row">
        <LanguageField form={form} />
        <IntervalField form={form} />
        <label>
          Story
          <select name="storyId" {...invalidAttrs(form, 'storyId')}>
            <option value="">none</option>
            {stories.map((s) => (
              <option value={s.id} selected={s.id === story}>
                {s.title}
              </option>
            ))}
          </select>
          <FieldError form={form} name="storyId" />
        </label>
      </div>
      <button type="submit">Add feed</button>
    </form>
  );
}

/** A feed's edit and delete forms, folded; open when an edit was just refused. */
export function FeedEditForm({ feed, viewer, form }: { feed: Feed; viewer: Viewer; form?: FormState | undefined }) {
  const base = `/feeds/${encodeURIComponent(feed.id)}`;
  const shown =
    form ??
    emptyForm({
      url: feed.url,
      outlet: feed.outlet,
      language: feed.language ?? '',
      pollIntervalSeconds: String(feed.pollIntervalSeconds),
    });
  return (
    <details open={form !== undefined}>
      <summary>Edit or delete</summary>
      <form method="post" action={base} class="stack">
        <CsrfField viewer={viewer} />
        <TextField
          form={shown}
          name="url"
          label="Feed address (a new one is read before the feed moves)"
          type="url"
          required
          maxlength={2000}
        />
        <OutletField form={shown} />
        <div class="row">
          <LanguageField form={shown} />
          <IntervalField form={shown} />
        </div>
        <button type="submit">Save</button>
      </form>
      <form method="post" action={`${base}/delete`} class="stack delete-feed">
        <CsrfField viewer={viewer} />
        <label class="check">
          <input type="checkbox" name="confirm" value="yes" required /> Yes, delete this feed (its articles and findings
          stay)
        </label>
        <button type="submit" class="danger">
          Delete feed
        </button>
      </form>
    </details>
  );
}

/** The OPML import: its report once done, or the refusal next to the text (kept as pasted). */
export function FeedImportPanel({
  viewer,
  report,
  form = emptyForm(),
}: {
  viewer: Viewer;
  report?: ImportReport | undefined;
  form?: FormState | undefined;
}) {
  return (
    <section class="panel" aria-labelledby="import-feeds">
      <h2 id="import-feeds">Import feeds (OPML)</h2>
      {report ? (
        <div role="status" class="import-report">
          <p>
            {`${report.added.length} added, ${report.followed.length} followed already, ${report.refused.length} refused.`}
          </p>
          {report.refused.length > 0 ? (
            <ul>
              {report.refused.map((r) => (
                <li>{r.reason}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <form method="post" action="/feeds/import" class="stack" enctype="multipart/form-data">
        <CsrfField viewer={viewer} />
        <label>
          OPML file from another feed reader
          <input name="file" type="file" accept=".opml,.xml,text/xml,application/xml" {...invalidAttrs(form, 'opml')} />
        </label>
        <label>
          or its text
          <textarea name="opml" rows={4} class="code" {...invalidAttrs(form, 'opml')}>
            {typedValue(form, 'opml')}
          </textarea>
          <FieldError form={form} name="opml" />
        </label>
        <button type="submit">Import</button>
      </form>
    </section>
  );
}
