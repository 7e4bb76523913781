// Loopback ports for the launcher: a free one when any will do, and a check that a chosen one is still free.
import { createServer } from 'node:net';

/** Resolves true when nothing listens on host:port now (the caller binds it right after). */
export function portIsFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

/**
 * A port nothing listens on now, other than those in avoid: ports this start has promised to another of its
 * programs but not yet bound (the dashboard's; the demo outlets' kept one), which the system would hand out.
 * An avoided port is held open while asking again, so the next answer is another port.
 */
export async function freePort(host = '127.0.0.1', { avoid = [] } = {}) {
  const held = [];
  try {
    for (;;) {
      const srv = await listenOnAnyPort(host);
      const { port } = srv.address();
      if (!avoid.includes(port)) {
        await new Promise((r) => srv.close(r));
        return port;
      }
      held.push(srv);
    }
  } finally {
    for (const srv of held) srv.close();
  }
}

function listenOnAnyPort(host) {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => resolve(srv));
  });
}
