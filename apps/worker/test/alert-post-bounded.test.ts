import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryHttpError, EXCERPT_BYTES, postAlertBody } from '../src/alerts/http-post.js';

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

/** A receiver that answers 500 and then streams for as long as the client reads; it counts what it sent. */
async function endlessReceiver(): Promise<{ url: string; sent: () => number; closed: Promise<void> }> {
  let sent = 0;
  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((r) => {
    resolveClosed = r;
  });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const server = createServer((_req, res: ServerResponse) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    const pump = () => {
      while (!res.destroyed && res.write(chunk)) sent += chunk.length;
      if (!res.destroyed) sent += chunk.length;
    };
    res.on('drain', pump);
    res.on('close', resolveClosed);
    pump();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  close = async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  };
  return { url: `http://127.0.0.1:${port}/hook`, sent: () => sent, closed };
}

describe('alert delivery reads a bounded answer', () => {
  it('fails against a receiver streaming an endless 500 after reading a few kilobytes, and hangs up', async () => {
    const receiver = await endlessReceiver();
    const port = new URL(receiver.url).port;
    const err = await postAlertBody(receiver.url, '{}', {}, { allowPrivateHosts: [`127.0.0.1:${port}`] }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DeliveryHttpError);
    expect((err as DeliveryHttpError).status).toBe(500);
    expect((err as Error).message).toMatch(/^receiver answered 500: x{200}$/);
    // We hung up: the receiver's side closed, having sent no more than socket buffers hold past the excerpt.
    await receiver.closed;
    expect(receiver.sent()).toBeLessThan(EXCERPT_BYTES + 16 * 1024 * 1024);
  });
});
