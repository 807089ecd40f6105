// Which IP addresses a fetch may connect to. Private, loopback, link-local and other special-purpose ranges are
// refused by default (server-side request forgery: a feed must not make Dossier read an intranet or cloud metadata).
import { isIP } from 'node:net';

interface Range {
  /** Network address bytes (4 for IPv4, 16 for IPv6) and prefix length. */
  bytes: number[];
  prefix: number;
  /** Why it is refused, as shown in the error. */
  what: string;
}

function v4(text: string): number[] {
  return text.split('.').map(Number);
}

/** IPv6 text to 16 bytes; handles "::" and a trailing dotted IPv4 part. Returns null when malformed. */
export function ipv6Bytes(text: string): number[] | null {
  let address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (dotted) {
    if (isIP(dotted[1]!) !== 4) return null;
    tail.push(...v4(dotted[1]!));
    address = address.slice(0, -dotted[1]!.length) + '0:0';
  }
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null;
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  const bytes: number[] = [];
  for (const group of all) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    const value = parseInt(group, 16);
    bytes.push(value >> 8, value & 0xff);
  }
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}

function range(cidr: string, what: string): Range {
  const [address, prefix] = cidr.split('/') as [string, string];
  const bytes = isIP(address) === 4 ? v4(address) : ipv6Bytes(address)!;
  return { bytes, prefix: Number(prefix), what };
}

// IANA special-purpose registries (RFC 6890 and successors): nothing here is a public news server.
export const BLOCKED_V4: readonly Range[] = [
  range('0.0.0.0/8', 'an unspecified ("this network") address'),
  range('10.0.0.0/8', 'a private address (RFC 1918)'),
  range('100.64.0.0/10', 'a carrier-grade NAT address (RFC 6598)'),
  range('127.0.0.0/8', 'a loopback address'),
  range('169.254.0.0/16', 'a link-local address (cloud metadata lives at 169.254.169.254)'),
  range('172.16.0.0/12', 'a private address (RFC 1918)'),
  range('192.0.0.0/24', 'an IETF protocol address'),
  range('192.0.2.0/24', 'a documentation address'),
  range('192.168.0.0/16', 'a private address (RFC 1918)'),
  range('198.18.0.0/15', 'a benchmarking address'),
  range('198.51.100.0/24', 'a documentation address'),
  range('203.0.113.0/24', 'a documentation address'),
  range('224.0.0.0/4', 'a multicast address'),
  range('240.0.0.0/4', 'a reserved address'),
];

export const BLOCKED_V6: readonly Range[] = [
  range('::/128', 'an unspecified address'),
  range('::1/128', 'a loopback address'),
  // An IPv4-mapped or -compatible address reaches whatever IPv4 address it embeds: refuse rather than unwrap.
  range('::ffff:0:0/96', 'an IPv4-mapped IPv6 address'),
  range('::/96', 'an IPv4-compatible IPv6 address'),
  range('64:ff9b:1::/48', 'a local-use NAT64 address'),
  range('100::/64', 'a discard-only address'),
  range('2001:db8::/32', 'a documentation address'),
  range('fc00::/7', 'a unique local address (private IPv6)'),
  range('fe80::/10', 'a link-local address'),
  range('fec0::/10', 'a site-local address'),
  range('ff00::/8', 'a multicast address'),
];

// Ranges that embed an IPv4 address, which is then checked like any other: NAT64 (RFC 6052) and 6to4 (RFC 3056).
const EMBEDDING_V6: readonly { range: Range; offset: number }[] = [
  { range: range('64:ff9b::/96', 'a NAT64 address'), offset: 12 },
  { range: range('2002::/16', 'a 6to4 address'), offset: 2 },
];

function inRange(bytes: number[], r: Range): boolean {
  if (bytes.length !== r.bytes.length) return false;
  let bits = r.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((bytes[i]! & mask) !== (r.bytes[i]! & mask)) return false;
  }
  return true;
}

export interface AddressPolicy {
  allowPrivate: boolean;
  /** Exact addresses allowed although in a refused range. */
  allowAddresses: readonly string[];
}

function canonical(address: string): string {
  const bytes = isIP(address) === 6 ? ipv6Bytes(address) : null;
  return bytes ? bytes.join('.') : address;
}

/** Why an address is refused ("a loopback address"), or null when it may be connected to. */
export function refusedAddress(address: string, policy: AddressPolicy): string | null {
  if (policy.allowPrivate) return null;
  const family = isIP(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  if (family === 0) return 'not an IP address';
  if (policy.allowAddresses.some((allowed) => canonical(allowed) === canonical(address))) return null;
  if (family === 4) return BLOCKED_V4.find((r) => inRange(v4(address), r))?.what ?? null;
  const bytes = ipv6Bytes(address);
  if (!bytes) return 'a malformed IPv6 address';
  const blocked = BLOCKED_V6.find((r) => inRange(bytes, r));
  if (blocked) return blocked.what;
  for (const { range: r, offset } of EMBEDDING_V6) {
    if (!inRange(bytes, r)) continue;
    const embedded = bytes.slice(offset, offset + 4).join('.');
    const inner = BLOCKED_V4.find((b) => inRange(v4(embedded), b));
    if (inner) return `${r.what} embedding ${embedded}, ${inner.what}`;
  }
  return null;
}
