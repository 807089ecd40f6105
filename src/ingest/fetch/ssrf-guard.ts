// Server-side request forgery guard: every URL (first request and each redirect) and every address a host name
// resolves to is checked against the address policy before a connection is made.
import { promises as dns } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { refusedAddress, type AddressPolicy } from './address-policy.js';

const ALLOWED_SCHEMES = new Set(['http:', 'https:']);

/** A fetch the policy refuses: never retried. */
export class RefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedError';
  }
}

const OVERRIDE_HINT = 'use --allow-private to fetch it';

/** Parses a URL and refuses what Dossier never fetches: other schemes, credentials, and refused literal addresses. */
export function checkUrl(text: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new RefusedError(`not a valid URL`);
  }
  if (!ALLOWED_SCHEMES.has(url.protocol)) throw new RefusedError(`scheme ${url.protocol} refused (only http and https are fetched)`);
  if (url.username || url.password) throw new RefusedError('URLs with credentials are refused');
  // The URL parser has already turned 0x7f.1, 2130706433 and friends into dotted IPv4.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const reason = refusedAddress(host, policy);
    if (reason) throw new RefusedError(`${host} is ${reason}; ${OVERRIDE_HINT}`);
  }
  return url;
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/**
 * A `lookup` for net/tls connect that resolves every address of the host and refuses the connection when any of
 * them is refused, so a name that answers both a public and a private address cannot be used to reach the private one.
 */
export function guardedLookup(policy: AddressPolicy, resolver: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname).then(
      (answers) => {
        for (const answer of answers) {
          const reason = refusedAddress(answer.address, policy);
          if (reason) {
            callback(new RefusedError(`${hostname} resolves to ${answer.address}, ${reason}; ${OVERRIDE_HINT}`), '', 0);
            return;
          }
        }
        const family = typeof options.family === 'number' ? options.family : options.family === 'IPv6' ? 6 : options.family === 'IPv4' ? 4 : 0;
        const usable = family ? answers.filter((a) => a.family === family) : answers;
        if (usable.length === 0) {
          const error = Object.assign(new Error(`${hostname} has no ${family ? `IPv${family} ` : ''}address`), { code: 'ENOTFOUND' });
          callback(error, '', 0);
          return;
        }
        if (options.all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 0),
    );
  };
}

/** The RefusedError anywhere in an error's cause chain (undici wraps connect errors). */
export function findRefusal(error: unknown): RefusedError | null {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof RefusedError) return e;
  }
  return null;
}
