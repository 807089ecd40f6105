// Live sources: fetching pages and feeds over HTTP(S), politely (robots.txt, per-host limits, conditional GET)
// and safely (no private addresses unless allowed, bounded size, time and redirects).
export { DEFAULT_FETCH_SETTINGS, parseDuration, resolveFetchSettings, type FetchSettings } from './settings.js';
export { refusedAddress, type AddressPolicy } from './address-policy.js';
export { checkUrl, guardedLookup, RefusedError, systemResolver, type Resolver, type ResolvedAddress } from './ssrf-guard.js';
export { Fetcher, type FetchOutcome, type FetchedResponse, type FetcherOptions, type Validators } from './fetcher.js';
export { FetchError } from './http-get.js';
export { FetchRun, urlKey, type FetchCounts, type FetchRecord, type FetchRunOptions, type FetchSink } from './run-fetch.js';
export { readFeedList } from './feed-list.js';
