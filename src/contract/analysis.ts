// The analysis JSON contract (dossier/analysis@1). Fields may be added; never renamed.
// docs/analysis.schema.json is generated from these schemas (`npm run schema`).
import { z } from 'zod';

export const SCHEMA_ID = 'dossier/analysis@1';

export const EntityType = z.enum(['person', 'organization', 'place', 'other']);
export type EntityType = z.infer<typeof EntityType>;

export const Removal = z.object({
  text: z.string(),
  reason: z.string().describe('Named rule that removed the span, e.g. "nav-element" or "share-prompt".'),
});

export const Segment = z.object({
  id: z.string(),
  text: z.string(),
  storyId: z.string().nullable(),
  eventId: z.string().nullable(),
});

export const Document = z.object({
  id: z.string(),
  key: z.string().describe("The caller's id: a record's id when given, else the file path or URL as given."),
  source: z.string().describe('Where the bytes came from: a file path, "stdin", or a path with a #fragment for feed entries and records.'),
  format: z.string().describe('Input format the document was read as (html, text, markdown, json, jsonl, rss, atom, jsonfeed).'),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  authors: z.array(z.string()),
  published: z.string().nullable().describe('ISO 8601 publication date or null.'),
  publishedConfidence: z
    .number()
    .nullable()
    .describe('1 when the date was declared by the source; below 1 when Dossier estimated it from the text; null without a date.'),
  language: z.string().nullable().describe('ISO 639-1 code or null when undetermined.'),
  url: z.string().nullable(),
  text: z.string().describe('Clean main text, paragraphs separated by blank lines.'),
  removed: z.array(Removal),
  segments: z.array(Segment),
  duplicateOf: z.string().nullable().describe('Id of the document this one copies (wire copy, exact or near duplicate).'),
  borrowedFrom: z
    .array(z.object({ outlet: z.string(), cue: z.string() }))
    .describe('Outlets this document credits for its reporting, with the phrase that credits them ("according to Meridian Wire").'),
});

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  aliases: z.array(z.string()),
  documents: z.array(z.string()),
});

export const Quote = z.object({
  id: z.string(),
  text: z.string(),
  speaker: z.object({ entityId: z.string().nullable(), name: z.string().nullable() }),
  documentId: z.string(),
  alsoIn: z.array(z.string()).describe('Other documents carrying the same quote.'),
});

const Citations = z.array(z.string()).describe('Document ids.');

export const StoryEvent = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  documents: z.array(z.string()),
});

export const Story = z.object({
  id: z.string(),
  title: z.string(),
  documents: z.array(z.string()),
  events: z.array(StoryEvent),
  summary: z.array(z.object({ text: z.string(), citations: Citations })),
  timeline: z.array(z.object({ date: z.string(), text: z.string(), citations: Citations })),
  quotes: z.array(z.string()).describe('Quote ids.'),
  entities: z.array(z.string()).describe('Entity ids.'),
  conflicts: z.array(
    z.object({
      topic: z.string(),
      statements: z.array(z.object({ text: z.string(), documentId: z.string() })),
    }),
  ),
  borrowing: z
    .array(z.object({ from: z.string(), to: z.string(), documentId: z.string(), cue: z.string() }))
    .describe('Outlet-to-outlet links: the outlet `to` (publisher of documentId) credits reporting by `from`.'),
});

export const Analysis = z.object({
  schema: z.literal(SCHEMA_ID),
  documents: z.array(Document),
  entities: z.array(Entity),
  quotes: z.array(Quote),
  stories: z.array(Story),
});

export type RemovalRecord = z.infer<typeof Removal>;
export type SegmentRecord = z.infer<typeof Segment>;
export type DocumentRecord = z.infer<typeof Document>;
export type EntityRecord = z.infer<typeof Entity>;
export type QuoteRecord = z.infer<typeof Quote>;
export type StoryRecord = z.infer<typeof Story>;
export type StoryEventRecord = z.infer<typeof StoryEvent>;
export type AnalysisRecord = z.infer<typeof Analysis>;

export function analysisJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Analysis, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
