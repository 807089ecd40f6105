// Request schemas of the JSON API (zod): queries and bodies are parsed here, never read raw by a handler.
// /openapi.json is generated from these and from the analysis contract.
import { z } from 'zod';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date, YYYY-MM-DD')
  .refine((s) => {
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s;
  }, 'not a calendar date');

/** A short free-text filter; longer is abuse, not a query. */
const words = z.string().trim().max(200);

export function pagingSchema(maxLimit: number, defaultLimit = 50) {
  return {
    limit: z.coerce.number().int().min(1).max(maxLimit).default(Math.min(defaultLimit, maxLimit)),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    cursor: z.string().max(100).optional().describe('Opaque cursor from a previous page (`next`); replaces offset.'),
  };
}

export function storiesQuery(maxLimit: number) {
  return z
    .object({
      from: isoDay.optional().describe('Stories still running on or after this day.'),
      to: isoDay.optional().describe('Stories that began on or before this day.'),
      entity: words.optional().describe('Entity id, or words of an entity name or alias.'),
      outlet: words.optional().describe('Outlet (publisher) name, case-insensitive.'),
      q: words.optional().describe('Words in the story title or its articles.'),
      ...pagingSchema(maxLimit),
    })
    .strict();
}

export function entitiesQuery(maxLimit: number) {
  return z
    .object({
      q: words.optional().describe('Words of the name or an alias.'),
      type: z.enum(['person', 'organization', 'place', 'other']).optional(),
      story: z.string().max(100).optional().describe('Only entities of this story.'),
      ...pagingSchema(maxLimit),
    })
    .strict();
}

export function quotesQuery(maxLimit: number) {
  return z
    .object({
      speaker: words.optional().describe('Words of the speaker as written.'),
      entity: z.string().max(100).optional().describe('Speaker entity id.'),
      document: z.string().max(100).optional().describe('Quotes carried by this document.'),
      story: z.string().max(100).optional().describe('Only quotes of this story.'),
      ...pagingSchema(maxLimit),
    })
    .strict();
}

export function searchQuery(maxHits: number) {
  return z
    .object({
      q: z.string().trim().min(1, 'q is required').max(200),
      limit: z.coerce.number().int().min(1).max(maxHits).default(Math.min(20, maxHits)),
    })
    .strict();
}

export const idParam = z.string().min(1).max(100).regex(/^[\w.:-]+$/, 'not an id');

export function ingestJsonBody(limits: { urls: number; records: number }) {
  return z
    .object({
      records: z
        .array(z.record(z.string(), z.unknown()))
        .max(limits.records)
        .default([])
        .describe('Records: {id?, url?, title?, publisher?, authors?, published?, language?, text? | html?}.'),
      urls: z.array(httpUrl).max(limits.urls).default([]).describe('Pages or feeds to fetch (public addresses only).'),
    })
    .strict()
    .refine((b) => b.records.length + b.urls.length > 0, 'give records or urls');
}

export const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => {
    try {
      return ['http:', 'https:'].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  }, 'expected an http(s) URL');

/** Offset-based cursors, opaque to clients so that paging can change underneath them. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number | null {
  const m = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : null;
}
