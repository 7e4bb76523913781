import { type Dispatcher, request } from 'undici';
import { createAlertAgent } from './guarded-agent.js';

/** How long one delivery attempt may take before it counts as failed and BullMQ retries it. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** Bytes of a receiver's answer read at most: the rest is never downloaded, however much it sends. */
export const EXCERPT_BYTES = 4_096;

export class DeliveryHttpError extends Error {
  override name = 'DeliveryHttpError';
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

export interface PostOptions {
  /** host or host:port that may be private or loopback (config.fetch.allowPrivateHosts). */
  allowPrivateHosts: readonly string[];
  timeoutMs?: number;
}

/**
 * POSTs one alert body through the address guard. Only http(s); redirects are not followed (a receiver
 * that moved must be reconfigured, not guessed); the whole exchange is bounded by a timeout; anything but
 * 2xx is an error the job retries.
 */
export async function postAlertBody(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<void> {
  const target = new URL(url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new DeliveryHttpError(`scheme ${target.protocol} is not allowed for alerts`, null);
  }
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const dispatcher = createAlertAgent(options.allowPrivateHosts, timeoutMs);
  try {
    const res = await request(target, {
      dispatcher,
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Parallax-Alerts/1', ...headers },
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The answer is only read for its status; a short excerpt helps tell a wrong URL from a down receiver.
    const excerpt = (await readExcerpt(res.body, EXCERPT_BYTES)).slice(0, 200);
    if (res.statusCode < 200 || res.statusCode >= 300) {
      throw new DeliveryHttpError(
        `receiver answered ${res.statusCode}${excerpt ? `: ${excerpt}` : ''}`,
        res.statusCode,
      );
    }
  } finally {
    await dispatcher.close();
  }
}

/** The first bytes of a body as text; then the connection is dropped, so an endless answer costs nothing. */
async function readExcerpt(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let received = 0;
  try {
    for await (const chunk of body) {
      chunks.push(chunk as Buffer);
      received += (chunk as Buffer).length;
      if (received >= maxBytes) break;
    }
  } catch {
    // A receiver that resets mid-answer still answered with its status.
  } finally {
    body.on('error', () => {});
    body.destroy();
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}
