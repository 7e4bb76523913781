import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Only globally routable unicast addresses may be contacted. Everything ipaddr.js classifies otherwise
 * (loopback, private, linkLocal with the 169.254.169.254 metadata service, carrierGradeNat, uniqueLocal,
 * multicast, unspecified, reserved, rfc6052 64:ff9b::/96, 6to4, teredo) is refused. IPv4-mapped
 * (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d, which URL parsers write as [::7f00:1]) IPv6 addresses
 * are judged as the IPv4 address they carry.
 */
export function isPublicAddress(address: string): boolean {
  const bare = stripBrackets(address);
  if (!ipaddr.isValid(bare)) return false;
  let parsed = ipaddr.parse(bare);
  if (parsed.kind() === 'ipv6' && embedsIPv4(parsed as ipaddr.IPv6)) {
    parsed = embeddedIPv4(parsed as ipaddr.IPv6);
  }
  return parsed.range() === 'unicast';
}

/** ::ffff:0:0/96, or ::/96 past :: and ::1 (deprecated IPv4-compatible addresses, still routed by some stacks). */
function embedsIPv4(address: ipaddr.IPv6): boolean {
  if (address.isIPv4MappedAddress()) return true;
  const parts = address.parts;
  const compatible = parts.slice(0, 6).every((p) => p === 0);
  return compatible && (parts[6] !== 0 || (parts[7] ?? 0) > 1);
}

function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const high = address.parts[6] ?? 0;
  const low = address.parts[7] ?? 0;
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

export const stripBrackets = (host: string): string =>
  host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;

export const isIpLiteral = (host: string): boolean => isIP(stripBrackets(host)) !== 0;

/** allowPrivateHosts entries are a host ("demo.local") or a host and port ("127.0.0.1:8080", "[::1]:8080"). */
export function isHostAllowListed(allowList: readonly string[], hostname: string, port: number): boolean {
  const host = stripBrackets(hostname).toLowerCase();
  const withPort = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  return allowList.some((entry) => {
    const e = entry.toLowerCase();
    return e === host || e === withPort || e === `[${host}]`;
  });
}

/** Only a host:port entry lets its port through the port allowlist; a bare host entry does not. */
export function isHostPortAllowListed(allowList: readonly string[], hostname: string, port: number): boolean {
  const host = stripBrackets(hostname).toLowerCase();
  const withPort = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  return allowList.some((entry) => entry.toLowerCase() === withPort);
}
