import type { Hono } from 'hono';
import { z } from 'zod';
import { type AppEnv, type AppServices, requireRole } from '../context.js';
import { StoryCreateInput, StoryEditInput } from '../lib/inputs.js';
import { createStory, deleteStory, editStory, setStoryArchived } from '../lib/story-actions.js';
import { fieldsBody } from './json-body.js';

const ArchiveInput = z.object({ archived: z.boolean({ error: 'Give archived as true or false.' }) });

/** The JSON API's story changes (admins), with the same checks and refusals as the pages. */
export function registerStoryApiRoutes(app: Hono<AppEnv>, svc: AppServices): void {
  const { store } = svc;

  app.post('/api/stories', async (c) => {
    requireRole(c, 'admin');
    const result = await createStory(store, await fieldsBody(c, StoryCreateInput), svc);
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
