import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { type AppEnv, type AppServices, requireRole } from '../context.js';
import { badRequest } from '../lib/errors.js';
import { FieldInputError, fieldErrorsOf } from '../lib/form-errors.js';
import { StoryCreateInput, StoryEditInput } from '../lib/inputs.js';
import { createStory, deleteStory, editStory, setStoryArchived } from '../lib/story-actions.js';

/** A JSON body checked field by field: a refusal answers 400 with a sentence per field in `fields`. */
async function fieldsBody<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw badRequest('The body must be JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new FieldInputError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

const ArchiveInput = z.object({ archived: z.boolean({ error: 'Give archived as true or false.' }) });

/** The JSON API's story changes (admins), with the same checks and refusals as the pages. */
export function registerStoryApiRoutes(app: Hono<AppEnv>, svc: AppServices): void {
  const { store } = svc;

  app.post('/api/stories', async (c) => {
    requireRole(c, 'admin');
    const result = await createStory(store, await fieldsBody(c, StoryCreateInput), svc.references);
    return c.json(result, 201);
  });

  app.patch('/api/stories/:id', async (c) => {
    requireRole(c, 'admin');
    const result = await editStory(store, c.req.param('id'), await fieldsBody(c, StoryEditInput), svc);
    return c.json(result);
  });

  app.post('/api/stories/:id/archive', async (c) => {
    requireRole(c, 'admin');
    const { archived } = await fieldsBody(c, ArchiveInput);
    return c.json({ story: await setStoryArchived(store, c.req.param('id'), archived) });
  });

  /** `?confirm=<slug>`: the slug typed again, as the page asks for it. */
  app.delete('/api/stories/:id', async (c) => {
    requireRole(c, 'admin');
    await deleteStory(store, c.req.param('id'), c.req.query('confirm') ?? '');
    return c.body(null, 204);
  });
}
