// /openapi.json: generated from the request schemas (src/server/schemas.ts) and the analysis contract, so the
// document cannot drift from what the handlers accept and return.
import { z } from 'zod';
import { Document, Entity, Quote, SCHEMA_ID, Story } from '../contract/analysis.js';
import { ErrorBody } from './errors.js';
import { entitiesQuery, ingestJsonBody, quotesQuery, searchQuery, storiesQuery } from './schemas.js';
import type { ServerLimits } from './settings.js';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

/** Query parameters of one operation from its zod object. */
function parameters(schema: z.ZodObject): JsonSchema[] {
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: 'query', required: json.required?.includes(name) ?? false, ...(description ? { description } : {}), schema: rest };
  });
}

const idParameter = (what: string) => ({ name: 'id', in: 'path', required: true, description: `${what} id`, schema: { type: 'string' } });

const json = (schema: JsonSchema, description: string) => ({ description, content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), json(ref('Error'), ERROR_TEXT[s] ?? 'Error')]));
const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid query or body',
  404: 'Not found',
  413: 'Body too large',
  415: 'Unsupported content type',
};

const page = (items: string) => ({
  type: 'object',
  required: ['total', 'limit', 'offset', 'next', items],
  properties: {
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    next: { type: ['string', 'null'], description: 'Cursor of the next page, null on the last.' },
  },
});

export function openApiDocument(limits: ServerLimits, version: string): JsonSchema {
  const listing = {
    type: 'object',
    required: ['id', 'title', 'documents', 'events', 'firstDate', 'lastDate'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      documents: { type: 'integer' },
      events: { type: 'integer' },
      firstDate: { type: ['string', 'null'] },
      lastDate: { type: ['string', 'null'] },
      outlets: { type: 'array', items: { type: 'string' } },
    },
  };
  const withItems = (items: string, schema: JsonSchema) => {
    const p = page(items);
    return { ...p, properties: { ...p.properties, [items]: { type: 'array', items: schema } } };
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dossier API',
      version,
      description: `Stories, documents, entities and quotes of a Dossier store, in the ${SCHEMA_ID} contract's shapes. Errors are {error: {code, message}}.`,
    },
    paths: {
      '/api/stories': {
        get: {
          summary: 'Stories matching filters, newest first',
          parameters: parameters(storiesQuery(limits.pageSize)),
          responses: { 200: json(withItems('stories', listing), 'A page of stories'), ...errors(400) },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: 'The whole dossier of a story (id or unique prefix): the story with the documents, quotes and entities it cites',
          parameters: [idParameter('Story')],
          responses: { 200: json(ref('Dossier'), 'The dossier'), ...errors(400, 404) },
        },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'One document: metadata, clean text, removed parts with reasons',
          parameters: [idParameter('Document')],
          responses: { 200: json(ref('Document'), 'The document'), ...errors(400, 404) },
        },
      },
      '/api/entities': {
        get: {
          summary: 'Resolved entities',
          parameters: parameters(entitiesQuery(limits.pageSize)),
          responses: { 200: json(withItems('entities', ref('Entity')), 'A page of entities'), ...errors(400, 404) },
        },
      },
      '/api/quotes': {
        get: {
          summary: 'Quotes with their speakers',
          parameters: parameters(quotesQuery(limits.pageSize)),
          responses: { 200: json(withItems('quotes', ref('Quote')), 'A page of quotes'), ...errors(400, 404) },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search over clean article text (BM25); matched words in the snippet are in [brackets]',
          parameters: parameters(searchQuery(limits.searchHits)),
          responses: {
            200: json(
              {
                type: 'object',
                properties: {
                  q: { type: 'string' },
                  hits: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        documentId: { type: 'string' },
                        title: { type: ['string', 'null'] },
                        publisher: { type: ['string', 'null'] },
                        published: { type: ['string', 'null'] },
                        storyIds: { type: 'array', items: { type: 'string' } },
                        snippet: { type: 'string' },
                        score: { type: 'number' },
                      },
                    },
                  },
                },
              },
              'Hits, best first',
            ),
            ...errors(400),
          },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'Store files, records or URLs, then analyse so they appear in stories',
          description: `At most ${limits.files} files, ${limits.records} records, ${limits.urls} URLs and ${limits.ingestBodyBytes} bytes per request. URLs are fetched from public addresses only.`,
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    files: { type: 'array', items: { type: 'string', format: 'binary' } },
                    urls: { type: 'string', description: 'One URL a line.' },
                    records: { type: 'string', description: 'A JSON array of records.' },
                  },
                },
              },
              'application/json': { schema: toSchema(ingestJsonBody(limits), 'input') },
            },
          },
          responses: {
            200: json(
              {
                type: 'object',
                properties: {
                  ingest: { type: 'object', description: 'Counts (added, updated, unchanged, failed), failures with reasons, run ids.' },
                  analysis: { type: 'object', description: 'What the analysis run did.' },
                  documents: { type: 'array', items: { type: 'object' } },
                  stories: { type: 'array', items: { type: 'object' } },
                },
              },
              'What was stored and which stories hold it',
            ),
            ...errors(400, 403, 413, 415),
          },
        },
      },
    },
    components: {
      schemas: {
        Error: toSchema(ErrorBody),
        Story: toSchema(Story),
        Document: toSchema(Document),
        Entity: toSchema(Entity),
        Quote: toSchema(Quote),
        Dossier: {
          type: 'object',
          required: ['story', 'documents', 'quotes', 'entities'],
          properties: {
            story: ref('Story'),
            documents: { type: 'array', items: ref('Document') },
            quotes: { type: 'array', items: ref('Quote') },
            entities: { type: 'array', items: ref('Entity') },
          },
        },
      },
    },
  };
}
