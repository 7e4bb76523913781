import { LiveEvent, type Logger, liveEventsChannel } from '@parallax/shared';
import type { Redis } from 'ioredis';

// The worker publishes LiveEvents on this channel; anything that fails the schema is dropped, never forwarded.
export const eventsChannel = liveEventsChannel;

/**
 * One Redis subscription per process, fanned out to every open event stream. The subscriber has its own
 * connection (a subscribed connection can do nothing else) that reconnects quietly while Redis is down.
 */
export function createEventHub(redis: Redis, prefix: string, logger: Logger) {
  const listeners = new Set<(event: LiveEvent) => void>();
  const subscriber = redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
  subscriber.on('error', () => {});
  subscriber.subscribe(eventsChannel(prefix)).catch((err: Error) => {
    logger.warn({ err: err.message }, 'live events unavailable');
  });
  subscriber.on('message', (_channel: string, text: string) => {
    let parsed: LiveEvent;
    try {
      parsed = LiveEvent.parse(JSON.parse(text));
    } catch {
      logger.debug('ignored a malformed live event');
      return;
    }
    for (const listener of listeners) listener(parsed);
  });

  return {
    subscribe(listener: (event: LiveEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get listenerCount() {
      return listeners.size;
    },
    async close(): Promise<void> {
      listeners.clear();
      subscriber.disconnect();
    },
  };
}
export type EventHub = ReturnType<typeof createEventHub>;
