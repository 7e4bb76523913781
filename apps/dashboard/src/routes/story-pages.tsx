/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Context, Hono } from 'hono';
import { type AppEnv, type AppServices, requireRole, viewerOf } from '../context.js';
import { badRequest } from '../lib/errors.js';
import { FieldInputError, fieldErrorsOf } from '../lib/form-errors.js';
import { StoryCreateInput, StoryDeleteInput, StoryEditInput } from '../lib/inputs.js';
import { createStory, deleteStory, editStory, requireStoryById, setStoryArchived } from '../lib/story-actions.js';
import { loadStorySummaries } from '../lib/story-data.js';
import { addSuggestions } from '../lib/vocabulary-suggestions.js';
import { emptyForm, type FormState } from '../views/form-fields.js';
import type { Viewer } from '../views/layout.js';
import { StoriesPage } from '../views/stories-page.js';
import { StoryEditPage, storyFormValues } from '../views/story-edit-page.js';
import { formValuesOf } from './form-body.js';

const viewer = (c: Context<AppEnv>): Viewer => viewerOf(c)!;

/**
 * Runs a form's action; a refusal (bad input, a taken slug, a page that could not be fetched) comes back as the
 * form again with a sentence next to each field and what was typed, never as an error page.
 */
async function refusedAs(values: FormState['values'], work: () => Promise<Response>) {
  try {
    return await work();
  } catch (err) {
    if (err instanceof FieldInputError)
      return { form: { values, errors: err.fields }, status: err.status as 400 | 409 };
    throw err;
  }
}

/** The story pages that change stories: create, edit, archive, delete (admins). */
export function registerStoryPageRoutes(app: Hono<AppEnv>, svc: AppServices): void {
  const { store } = svc;
  const storyPath = (id: string) => `/stories/${encodeURIComponent(id)}`;

  const renderStories = async (c: Context<AppEnv>, form: FormState, status: 200 | 400 | 409) =>
    c.html(<StoriesPage stories={await loadStorySummaries(store)} viewer={viewer(c)} canCreate form={form} />, status);

  app.post('/stories', async (c) => {
    requireRole(c, 'admin');
    const values = await formValuesOf(c);
    const parsed = StoryCreateInput.safeParse(values);
    if (!parsed.success) return renderStories(c, { values, errors: fieldErrorsOf(parsed.error) }, 400);
    const result = await refusedAs(values, async () => {
      const { story } = await createStory(store, parsed.data, svc);
      return c.redirect(storyPath(story.id), 303);
    });
    return result instanceof Response ? result : renderStories(c, result.form, result.status);
  });

  const renderEdit = async (
    c: Context<AppEnv>,
    id: string,
    forms: { form?: FormState; deleteForm?: FormState },
    status: 200 | 400 | 409 = 200,
  ) => {
    const story = await requireStoryById(store, id);
    return c.html(
      <StoryEditPage
        story={story}
        form={forms.form ?? emptyForm(storyFormValues(story))}
        deleteForm={forms.deleteForm ?? emptyForm()}
        viewer={viewer(c)}
      />,
      status,
    );
  };

  app.get('/stories/:id/edit', (c) => {
    requireRole(c, 'admin');
    return renderEdit(c, c.req.param('id'), {});
  });

  app.post('/stories/:id/edit', async (c) => {
    requireRole(c, 'admin');
    const id = c.req.param('id');
    const values = await formValuesOf(c);
    const parsed = StoryEditInput.safeParse(values);
    if (!parsed.success) return renderEdit(c, id, { form: { values, errors: fieldErrorsOf(parsed.error) } }, 400);
    const result = await refusedAs(values, async () => {
      await editStory(store, id, parsed.data, svc);
      return c.redirect(storyPath(id), 303);
    });
    return result instanceof Response ? result : renderEdit(c, id, { form: result.form }, result.status);
  });

  // Editors confirm what the reference suggests: it only adds places and authorities the reference names.
  app.post('/stories/:id/suggestions', async (c) => {
    requireRole(c, 'editor');
    const id = c.req.param('id');
    const values = await formValuesOf(c);
    const list = (v: string | string[] | undefined) => [v ?? []].flat();
    await addSuggestions(store, id, { places: list(values.place), authorities: list(values.authority) }, svc);
    return c.redirect(`${storyPath(id)}#suggestions-heading`, 303);
  });

  app.post('/stories/:id/archive', async (c) => {
    requireRole(c, 'admin');
    const id = c.req.param('id');
    const values = await formValuesOf(c);
    const archive = values.archived === 'true';
    if (archive && values.confirm !== 'yes') throw badRequest('Tick "Yes, archive this story" to archive it.');
    await setStoryArchived(store, id, archive);
    return c.redirect(`${storyPath(id)}/edit`, 303);
  });

  app.post('/stories/:id/delete', async (c) => {
    requireRole(c, 'admin');
    const id = c.req.param('id');
    const values = await formValuesOf(c);
    const { confirmSlug } = StoryDeleteInput.parse({ confirmSlug: values.confirmSlug ?? '' });
    const result = await refusedAs(values, async () => {
      await deleteStory(store, id, confirmSlug);
      return c.redirect('/stories', 303);
    });
    return result instanceof Response ? result : renderEdit(c, id, { deleteForm: result.form }, result.status);
  });
}
