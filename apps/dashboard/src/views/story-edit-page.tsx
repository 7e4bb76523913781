/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Story } from '@parallax/shared';
import { type FormState, TextField } from './form-fields.js';
import { CsrfField, FlagForm, Layout, type Viewer } from './layout.js';
import { StoryEditForm } from './story-form.js';

/** The edit form's values from a stored story: the comparison settings as JSON, the alert rules as fields. */
export function storyFormValues(story: Story): FormState['values'] {
  const { alerts, ...comparison } = story.settings;
  const rules = (alerts ?? {}) as { enabled?: boolean; minSeverity?: number; baseline?: string; categories?: string[] };
  return {
    title: story.title,
    language: story.language,
    referenceUrl: story.referenceUrl ?? '',
    outlet: story.outlet ?? '',
    referenceText: story.referenceText,
    settings: JSON.stringify(comparison, null, 2),
    alertsEnabled: rules.enabled === false ? 'off' : 'on',
    minSeverity: String(rules.minSeverity ?? 0.4),
    baseline: rules.baseline ?? 'silent',
    categories: rules.categories ?? [],
  };
}

/** Editing, archiving and deleting one story (admins). */
export function StoryEditPage({
  story,
  form,
  deleteForm,
  viewer,
}: {
  story: Story;
  form: FormState;
  deleteForm: FormState;
  viewer: Viewer;
}) {
  const base = `/stories/${encodeURIComponent(story.id)}`;
  return (
    <Layout title={`Edit: ${story.title}`} viewer={viewer} section="stories">
      <p class="breadcrumb">
        <a href="/stories">Stories</a> › <a href={base}>{story.title}</a>
      </p>
      <h1>Edit story</h1>
      <p class="muted">
        Slug <code>{story.slug}</code>
        {story.active ? null : <span class="badge status-dismissed">archived</span>}
      </p>
      <section class="panel" aria-labelledby="edit-heading">
        <h2 id="edit-heading">Reference and settings</h2>
        <StoryEditForm action={`${base}/edit`} form={form} viewer={viewer} />
      </section>
      <section class="panel" aria-labelledby="archive-heading">
        <h2 id="archive-heading">{story.active ? 'Archive' : 'Restore'}</h2>
        <p class="muted">
          {story.active
            ? 'An archived story keeps its articles and findings for reading; no new article is analysed for it and nothing alerts.'
            : 'Restoring the story analyses and alerts on new articles again.'}
        </p>
        <FlagForm
          action={`${base}/archive`}
          viewer={viewer}
          name="archived"
          value={story.active}
          label={story.active ? 'Archive story' : 'Restore story'}
          confirm={story.active ? 'Yes, archive this story' : undefined}
        />
      </section>
      <section class="panel danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete</h2>
        <p>
          Deleting removes the story with its findings, reviews, alerts and suppression rules. Its articles and feeds
          stay. This cannot be undone.
        </p>
        <form method="post" action={`${base}/delete`} class="stack" id="delete-story-form">
          <CsrfField viewer={viewer} />
          <TextField
            form={deleteForm}
            name="confirmSlug"
            label={
              <>
                Type the slug <code>{story.slug}</code> to confirm
              </>
            }
            required
            autocomplete="off"
          />
          <button type="submit" class="danger">
            Delete story
          </button>
        </form>
      </section>
    </Layout>
  );
}
