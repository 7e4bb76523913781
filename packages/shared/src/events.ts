import { z } from 'zod';

/**
 * Live events: the worker publishes one on Redis pub/sub when something an open dashboard shows has
 * changed; the dashboard validates it and fans it out over server-sent events. Ids only, never content.
 */
export const LiveEvent = z.object({
  type: z.enum(['discrepancy', 'alert', 'article', 'feed']),
  storyId: z.string().max(200).optional(),
  id: z.string().max(200),
});
export type LiveEvent = z.infer<typeof LiveEvent>;

export const liveEventsChannel = (prefix: string): string => `${prefix}:events`;
