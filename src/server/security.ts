// Headers and request checks applied to every request of `dossier serve`.
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

/**
 * No inline script or style anywhere: the UI's script and stylesheet are files of this server. Article text is
 * escaped on output; this policy is the second wall should anything slip through.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  };
}

/** Loopback names a browser uses for a server bound to 127.0.0.1 or ::1. */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]', '::1'];

/**
 * Refuses requests whose Host header names another host: a page on the web that rebinds its DNS name to 127.0.0.1
 * would otherwise read this server's API from the reader's browser.
 */
export function hostCheck(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set(allowed.map((h) => h.toLowerCase()));
  return async (c, next) => {
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
    if (!names.has(name)) throw new ApiError(421, 'misdirected', `this server does not answer for host ${name}`);
    await next();
  };
}

/**
 * Cross-site form posts are refused: a browser always sends Origin (or Sec-Fetch-Site) with one, so a page on
 * another site cannot make the reader's browser ingest into this store. Clients that send neither (curl, scripts)
 * are not browsers and pass.
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const own = new URL(c.req.url).origin;
      const host = c.req.header('host');
      const sameOrigin = (o: string) => o === own || (host !== undefined && (o === `http://${host}` || o === `https://${host}`));
      // An opaque origin ("null", a sandboxed page) is never this server's.
      const crossOrigin = origin !== undefined && !sameOrigin(origin);
      const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
      if (crossOrigin || crossSite) {
        throw new ApiError(403, 'forbidden', 'cross-site requests may not write to this server');
      }
    }
    await next();
  };
}
