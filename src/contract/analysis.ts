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
  modified: z
    .string()
    .nullable()
    .default(null)
    .describe('ISO 8601 date of the last stated update, never used as the publication date when one is stated; null when none.'),
  language: z.string().nullable().describe('ISO 639-1 code or null when undetermined.'),
  url: z.string().nullable(),
  text: z.string().describe('Clean main text, paragraphs separated by blank lines.'),
  removed: z.array(Removal),
  segments: z.array(Segment),
  duplicateOf: z.string().nullable().describe('Id of the document this one copies (wire copy, exact or near duplicate).'),
  borrowedFrom: z
    .array(z.object({ outlet: z.string(), cue: z.string() }))
    .describe('Outlets this document credits for its reporting, with the phrase that credits them ("according to Meridian Wire").'),
  timeExpressions: z
    .array(
      z.object({
        text: z.string(),
        start: z.number().int().describe('Character offset into `text`.'),
        end: z.number().int(),
        value: z.string().describe("TIMEX3-style value: '2026-03-13', '2026-W11', '2026-03', '2026-Q1', '2026-SP', 'P3D', 'PRESENT_REF'."),
        date: z.string().nullable().describe('First ISO day the expression covers; null for durations and references.'),
        dateEnd: z.string().nullable().describe('Last ISO day the expression covers.'),
        precision: z.enum(['time', 'day', 'week', 'month', 'quarter', 'year', 'range', 'duration', 'reference']),
        approximate: z.boolean().optional(),
        mod: z.enum(['START', 'MID', 'END', 'APPROX']).optional().describe('"early", "mid-", "late", "about".'),
        sentence: z.number().int().describe('Index of the sentence holding it in the clean text.'),
        tense: z.enum(['past', 'future', 'unknown']),
        confidence: z.number(),
      }),
    )
    .optional()
    .describe("Date expressions of the clean text, resolved against the document's published (or estimated) date."),
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

// Fields added after the first release carry defaults: an export written before them still validates, and
// reading it back gives the default (`.default(...)` fields are optional in the JSON Schema).

export const SummarySentence = z.object({
  text: z.string(),
  citations: Citations.describe('Every document of the story that supports the sentence (see docs/analysis-format.md, "Support").'),
  eventId: z.string().nullable().default(null).describe('The event the sentence reports.'),
  origin: z.string().nullable().default(null).describe('The document the sentence was taken from.'),
  lead: z.boolean().default(false).describe('The story lead: what happened, who, where and when.'),
});

export const TimelineEntry = z.object({
  date: z.string().describe('ISO date (YYYY-MM-DD): the day, or the first day of a week, month, quarter, year or range.'),
  end: z.string().nullable().default(null).describe('Last ISO day covered when the entry spans more than one day.'),
  precision: z.enum(['day', 'week', 'month', 'quarter', 'year', 'range']).default('day'),
  approximate: z.boolean().default(false).describe('The date is uncertain ("about", "early March", estimated).'),
  label: z.string().default('').describe("The date in human form ('week of 10 Jan 2026', 'about March 2026'); empty: show `date`."),
  text: z.string(),
  citations: Citations,
});

export const ConflictStatement = z.object({
  text: z.string(),
  documentId: z.string(),
  outlet: z.string().nullable().optional().describe('Publisher of the document.'),
  published: z.string().nullable().optional(),
  figure: z.string().optional().describe('The figure as written, qualifier included ("more than 12,000 protesters").'),
  range: z.string().optional().describe('The values the wording allows, in words ("above 12,000", "11,500 to 12,500").'),
});

export const Conflict = z.object({
  topic: z.string(),
  kind: z.enum(['figure', 'claim']).default('figure').describe("'figure': one quantity given differently; 'claim': a statement affirmed and denied."),
  between: z
    .enum(['outlets', 'days'])
    .default('outlets')
    .describe("'outlets': same-day reports disagree; 'days': a later report says otherwise (an update, a correction or a U-turn)."),
  compatible: z.boolean().default(false).describe('All statements can be true at once (figures whose ranges overlap).'),
  note: z.string().default('').describe('The reasoning in one sentence.'),
  statements: z.array(ConflictStatement),
});

const OutletDocument = z.object({ documentId: z.string(), outlet: z.string(), published: z.string().nullable() });

export const SpeakerQuotes = z.object({
  speaker: z.string().describe("The linked entity's name, else the speaker as written, else 'Unattributed'."),
  entityId: z.string().nullable(),
  quotes: z.array(
    z.object({
      quoteId: z.string(),
      text: z.string(),
      first: OutletDocument.describe('The first document (by published date) to carry the quote.'),
      reReportedBy: z.array(OutletDocument).describe('Later documents carrying the same quote, earliest first.'),
    }),
  ),
});

export const BorrowingGraph = z.object({
  outlets: z.array(z.string()),
  edges: z.array(
    z.object({
      from: z.string().describe('The outlet whose reporting was used.'),
      to: z.string().describe('The outlet that used it.'),
      kind: z
        .enum(['credits', 'copies', 'quotes'])
        .describe("'credits': `to` names `from` as its source; 'copies': `to` ran a copy of `from`'s article; 'quotes': `to` carried quotes `from` published first."),
      documents: z.array(z.string()).describe("Documents of `to` that carry the link."),
    }),
  ),
});

export const SourceMatrix = z.object({
  outlets: z.array(
    z.object({
      outlet: z.string(),
      documents: z.array(z.string()),
      firstCovered: z.string().nullable().describe('Published date of the outlet\'s first document in the story.'),
      firstDocumentId: z.string(),
      exclusive: z.array(z.string()).describe('Ids of facts only this outlet reported.'),
    }),
  ),
  facts: z.array(
    z.object({
      id: z.string().describe('"s1" summary sentence, "f1" key figure, "q1" quote.'),
      kind: z.enum(['summary', 'figure', 'quote']),
      text: z.string(),
      outlets: z.array(z.string()),
      documents: z.array(z.string()),
    }),
  ),
});

export const AbstractSummary = z.object({
  model: z.string(),
  sentences: z.array(z.object({ text: z.string(), citations: Citations })).describe('Sentences the sources support, cited.'),
  dropped: z.array(z.object({ text: z.string(), reason: z.string() })).describe('Sentences the support check rejected.'),
  error: z.string().nullable().default(null).describe('Why the endpoint gave no summary (unreachable, bad reply); null when it answered.'),
});

export const Story = z.object({
  id: z.string(),
  title: z.string(),
  documents: z.array(z.string()),
  events: z.array(StoryEvent),
  summary: z.array(SummarySentence),
  timeline: z.array(TimelineEntry),
  quotes: z.array(z.string()).describe('Quote ids.'),
  entities: z.array(z.string()).describe('Entity ids.'),
  conflicts: z.array(Conflict),
  borrowing: z
    .array(z.object({ from: z.string(), to: z.string(), documentId: z.string(), cue: z.string() }))
    .describe('Outlet-to-outlet links: the outlet `to` (publisher of documentId) credits reporting by `from`.'),
  speakers: z.array(SpeakerQuotes).default([]).describe('Quotes by speaker, merged across outlets.'),
  borrowingGraph: BorrowingGraph.default({ outlets: [], edges: [] }),
  sourceMatrix: SourceMatrix.default({ outlets: [], facts: [] }),
  abstract: AbstractSummary.nullable().default(null).describe('Optional abstractive summary (DOSSIER_LLM_URL), checked against the sources.'),
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
export type SummarySentenceRecord = z.infer<typeof SummarySentence>;
/** As written by a producer: fields with defaults may be left out. */
export type SummarySentenceInput = z.input<typeof SummarySentence>;
export type ConflictInput = z.input<typeof Conflict>;
export type TimelineEntryRecord = z.infer<typeof TimelineEntry>;
export type ConflictRecord = z.infer<typeof Conflict>;
export type SpeakerQuotesRecord = z.infer<typeof SpeakerQuotes>;
export type BorrowingGraphRecord = z.infer<typeof BorrowingGraph>;
export type SourceMatrixRecord = z.infer<typeof SourceMatrix>;
export type AbstractSummaryRecord = z.infer<typeof AbstractSummary>;

/** The story sections stored together (the `synthesis` column): everything after summary, timeline and conflicts. */
export type StorySectionsRecord = Pick<StoryRecord, 'speakers' | 'borrowingGraph' | 'sourceMatrix' | 'abstract'>;
export type AnalysisRecord = z.infer<typeof Analysis>;

export function analysisJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Analysis, {
    target: 'draft-2020-12',
    // A field with a default may be absent (written before it existed); the output schema would require it.
    override: ({ zodSchema, jsonSchema }) => {
      const def = (zodSchema as unknown as { _zod: { def: { type: string; shape?: Record<string, { _zod: { def: { type: string } } }> } } })._zod.def;
      if (def.type !== 'object' || !def.shape || !Array.isArray(jsonSchema.required)) return;
      const defaulted = new Set(Object.entries(def.shape).filter(([, v]) => v._zod.def.type === 'default').map(([k]) => k));
      jsonSchema.required = jsonSchema.required.filter((k) => !defaulted.has(k));
    },
  }) as Record<string, unknown>;
}
