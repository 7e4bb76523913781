import { type LookupAddress, type LookupOptions, lookup as systemLookup } from 'node:dns';
import { isIP } from 'node:net';
import { isHostAllowListed, isPublicAddress } from '@parallax/fetch';
import { Agent, buildConnector } from 'undici';

/**
 * The guarded fetcher of @parallax/fetch only GETs, and alerts POST. This agent applies the same address
 * policy with the primitives that package exports: targets must be public addresses unless their host
 * (or host:port) is in the allow list, and a name is checked as resolved for the connection itself, so
 * DNS rebinding cannot slip a private address in. A webhook URL set in a story's settings is editor
 * input, hence the guard. To be replaced by a POST in @parallax/fetch when it has one.
 */
export class BlockedTargetError extends Error {
  override name = 'BlockedTargetError';
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

function checkedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  systemLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '');
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused || addresses.length === 0) {
      return callback(
        new BlockedTargetError(
          `${hostname} resolves to ${refused?.address ?? 'nothing'}, which is not a public address`,
        ),
        '',
      );
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
}

const bare = (host: string): string => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host);

export function createAlertAgent(allowPrivateHosts: readonly string[], timeoutMs: number): Agent {
  const guarded = buildConnector({ timeout: timeoutMs, lookup: checkedLookup } as never);
  const open = buildConnector({ timeout: timeoutMs } as never);
  const connect: buildConnector.connector = (opts, callback) => {
    const port = Number(opts.port) || (opts.protocol === 'https:' ? 443 : 80);
    const allowListed = isHostAllowListed(allowPrivateHosts, opts.hostname, port);
    const host = bare(opts.hostname);
    if (!allowListed && isIP(host) !== 0 && !isPublicAddress(host)) {
      callback(new BlockedTargetError(`${host} is not a public address`), null);
      return;
    }
    (allowListed ? open : guarded)(opts, callback);
  };
  return new Agent({ connect, headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connections: 2 });
}
