import { lookup as systemLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import type { Socket } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { isHostAllowListed, isIpLiteral, isPublicAddress, stripBrackets } from './address-policy.js';

/** The shape of dns.lookup that net.connect accepts; tests pass a stub to resolve names as they like. */
export type LookupFunction = (
  hostname: string,
  options: LookupOptions,
  callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => void;

/** Thrown (as a connect error) when a target address is not public and the host is not allow-listed. */
export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
  readonly code = 'PARALLAX_BLOCKED_ADDRESS';
}

export interface GuardedAgentOptions {
  allowPrivateHosts: readonly string[];
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  maxHeaderSize: number;
  connectionsPerOrigin: number;
  lookup?: LookupFunction;
}

/**
 * Wraps a resolver so every address it returns is checked before the socket uses it: the address
 * checked is the address connected, so a name that resolves to a public address for a pre-check and a
 * private one a moment later (DNS rebinding) cannot get round the policy.
 */
function checkedLookup(resolve: LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const list: LookupAddress[] = Array.isArray(addresses)
        ? addresses
        : [{ address: addresses, family: options.family === 6 || options.family === 'IPv6' ? 6 : 4 }];
      const refused = list.find((a) => !isPublicAddress(a.address));
      if (refused || list.length === 0) {
        return callback(
          new BlockedAddressError(`${hostname} resolves to ${refused?.address ?? 'nothing'}, which is not public`),
          '',
        );
      }
      if (options.all) return callback(null, list);
      const first = list[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/**
 * An undici Agent whose connector refuses non-public targets: IP literals are checked before connecting,
 * names through the checked resolver, and the connected socket's peer address once more as a last line.
 * Hosts in allowPrivateHosts (host or host:port) skip the address check (the demo outlets on loopback).
 */
export function createGuardedAgent(options: GuardedAgentOptions): Agent {
  const resolve = options.lookup ?? (systemLookup as unknown as LookupFunction);
  const guarded = buildConnector({ timeout: options.connectTimeoutMs, lookup: checkedLookup(resolve) } as never);
  const open = buildConnector({ timeout: options.connectTimeoutMs, lookup: resolve } as never);

  const connect: buildConnector.connector = (opts, callback) => {
    const port = Number(opts.port) || (opts.protocol === 'https:' ? 443 : 80);
    const allowListed = isHostAllowListed(options.allowPrivateHosts, opts.hostname, port);
    if (!allowListed && isIpLiteral(opts.hostname) && !isPublicAddress(opts.hostname)) {
      callback(new BlockedAddressError(`${stripBrackets(opts.hostname)} is not a public address`), null);
      return;
    }
    (allowListed ? open : guarded)(opts, (err, socket) => {
      const peer = (socket as Socket | null)?.remoteAddress;
      if (!err && socket && !allowListed && peer && !isPublicAddress(peer)) {
        socket.destroy();
        callback(new BlockedAddressError(`connected peer ${peer} is not public`), null);
        return;
      }
      callback(err as never, socket as never);
    });
  };

  return new Agent({
    connect,
    headersTimeout: options.headersTimeoutMs,
    bodyTimeout: options.bodyTimeoutMs,
    maxHeaderSize: options.maxHeaderSize,
    connections: options.connectionsPerOrigin,
    keepAliveTimeout: 4_000,
  });
}
