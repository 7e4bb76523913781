import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv, AppServices } from '../context.js';

const HEARTBEAT_MS = 25_000;

/** Server-sent events: every live event the worker publishes, to every signed-in page that listens. */
export function registerEventRoutes(app: Hono<AppEnv>, svc: AppServices): void {
  app.get('/events', (c) => {
    c.header('Cache-Control', 'no-store');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      const queue: string[] = [];
      let wake: (() => void) | null = null;
      const unsubscribe = svc.events.subscribe((event) => {
        queue.push(JSON.stringify(event));
        wake?.();
      });
      const heartbeat = setInterval(() => wake?.(), HEARTBEAT_MS);
      stream.onAbort(() => {
        unsubscribe();
        clearInterval(heartbeat);
        wake?.();
      });
      try {
        await stream.writeSSE({ event: 'ready', data: '{}' });
        while (!stream.aborted && !stream.closed) {
          if (queue.length === 0) {
            await new Promise<void>((resolve) => {
              wake = resolve;
            });
            wake = null;
            if (queue.length === 0 && !stream.aborted) await stream.write(': keep-alive\n\n');
            continue;
          }
          await stream.writeSSE({ data: queue.shift()! });
        }
      } finally {
        unsubscribe();
        clearInterval(heartbeat);
      }
    });
  });
}
