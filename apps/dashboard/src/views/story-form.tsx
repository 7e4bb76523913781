/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { FigureCategory, SUPPORTED_LANGUAGES } from '@parallax/shared';
import { FieldError, FormAlert, type FormState, invalidAttrs, TextField, typedValue } from './form-fields.js';
import { CsrfField, type Viewer } from './layout.js';

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  pt: 'Portuguese',
  it: 'Italian',
  id: 'Indonesian',
};

const CREATE_FIELDS = ['title', 'slug', 'language', 'referenceUrl', 'outlet', 'referenceText', 'feeds'] as const;
const EDIT_FIELDS = [
  'title',
  'language',
  'referenceUrl',
  'outlet',
  'referenceText',
  'settings',
  'alertsEnabled',
  'minSeverity',
  'baseline',
  'categories',
] as const;

function LanguageSelect({ form }: { form: FormState }) {
  const chosen = typedValue(form, 'language') || 'en';
  return (
    <label class="narrow">
      Language
      <select name="language" {...invalidAttrs(form, 'language')}>
        {SUPPORTED_LANGUAGES.map((code) => (
          <option value={code} selected={code === chosen}>
            {LANGUAGE_NAMES[code] ?? code}
          </option>
        ))}
      </select>
      <FieldError form={form} name="language" />
    </label>
  );
}

/** Title, reference URL, outlet and reference text: the fields creating and editing share. */
function ReferenceFields({ form, withSlug }: { form: FormState; withSlug: boolean }) {
  return (
    <>
      <div class="row">
        <TextField form={form} name="title" label="Title" required maxlength={300} />
        {withSlug ? (
          // The hyphen is escaped: Chromium compiles pattern with the v flag, where a bare "-" in a class is invalid.
          <TextField
            form={form}
            name="slug"
            label="Slug"
            required
            pattern="[a-z0-9\-]+"
            title="lowercase letters, digits and hyphens"
            maxlength={100}
            placeholder="nk-troops-kursk"
          />
        ) : null}
        <LanguageSelect form={form} />
      </div>
      <div class="row">
        <TextField form={form} name="referenceUrl" label="Reference URL" type="url" maxlength={2048} />
        <TextField form={form} name="outlet" label="Reference outlet (optional)" maxlength={200} />
      </div>
      <label>
        Reference text
        <textarea name="referenceText" rows={8} {...invalidAttrs(form, 'referenceText')}>
          {typedValue(form, 'referenceText')}
        </textarea>
        <FieldError form={form} name="referenceText" />
      </label>
    </>
  );
}

export function StoryCreateForm({ form, viewer }: { form: FormState; viewer: Viewer }) {
  return (
    <form method="post" action="/stories" class="stack" id="new-story-form">
      <CsrfField viewer={viewer} />
      <FormAlert form={form} fields={CREATE_FIELDS} />
      <ReferenceFields form={form} withSlug />
      <label>
        Feeds, one per line: URL then outlet name
        <textarea
          name="feeds"
          rows={3}
          placeholder="https://example.org/world.rss Example Times"
          {...invalidAttrs(form, 'feeds')}
        >
          {typedValue(form, 'feeds')}
        </textarea>
        <FieldError form={form} name="feeds" />
      </label>
      <button type="submit">Create story</button>
    </form>
  );
}

/** The alert rules an editor changes most: on or off, the lowest severity, earlier coverage, the categories. */
function AlertRuleFields({ form }: { form: FormState }) {
  const ticked = new Set([form.values.categories ?? []].flat());
  const enabled = [form.values.alertsEnabled ?? []].flat().includes('on');
  return (
    <fieldset class="stack">
      <legend>Alert rules</legend>
      <input type="hidden" name="alertsEnabled" value="off" />
      <label class="check">
        <input type="checkbox" name="alertsEnabled" value="on" checked={enabled} /> Alerts on for this story
      </label>
      <div class="row">
        <TextField
          form={form}
          name="minSeverity"
          label="Minimum severity (0 to 1)"
          class="narrow"
          inputmode="decimal"
        />
        <label>
          Coverage published before the story was created
          <select name="baseline" {...invalidAttrs(form, 'baseline')}>
            <option value="silent" selected={typedValue(form, 'baseline') !== 'alert'}>
              shown, no alert
            </option>
            <option value="alert" selected={typedValue(form, 'baseline') === 'alert'}>
              alerts too
            </option>
          </select>
          <FieldError form={form} name="baseline" />
        </label>
      </div>
      <input type="hidden" name="categories" value="" />
      <fieldset class="row">
        <legend>Categories that alert (none ticked: all of them)</legend>
        {FigureCategory.options.map((category) => (
          <label class="check">
            <input type="checkbox" name="categories" value={category} checked={ticked.has(category)} /> {category}
          </label>
        ))}
        <FieldError form={form} name="categories" />
      </fieldset>
    </fieldset>
  );
}

export function StoryEditForm({ action, form, viewer }: { action: string; form: FormState; viewer: Viewer }) {
  return (
    <form method="post" action={action} class="stack" id="edit-story-form">
      <CsrfField viewer={viewer} />
      <FormAlert form={form} fields={EDIT_FIELDS} />
      <ReferenceFields form={form} withSlug={false} />
      <p class="muted small">
        Leave the reference text empty to fetch it again from the URL. A new reference, language or setting has the
        story's articles analysed again.
      </p>
      <label>
        Comparison settings (JSON: widths, places, authorities)
        <textarea name="settings" rows={6} class="code" {...invalidAttrs(form, 'settings')}>
          {typedValue(form, 'settings')}
        </textarea>
        <FieldError form={form} name="settings" />
      </label>
      <AlertRuleFields form={form} />
      <button type="submit">Save changes</button>
    </form>
  );
}
