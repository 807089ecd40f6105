// Intermediate shapes shared by the HTML and text extractors.
import type { RemovalRecord } from '../contract/analysis.js';

/** One unit of body text before cleaning: a heading, a paragraph, or an explicit topic separator. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'separator';
  text: string;
  /** Heading level 1-6 (headings only). */
  level?: number;
}

/** Metadata found in the document itself; caller hints are applied later and win. */
export interface FoundMetadata {
  title: string | null;
  publisher: string | null;
  authors: string[];
  published: string | null;
  url: string | null;
  /** Last stated update, apart from the publication; null when the document states none. */
  modified: string | null;
  /** ISO 639-1 code the document declares (<html lang>, og:locale); null when it declares none. */
  language: string | null;
}

/** What a body-type extractor hands back before line rules and segmentation. */
export interface RawExtraction {
  metadata: FoundMetadata;
  blocks: Block[];
  removed: RemovalRecord[];
  /** The text is a discussion thread (declared, or read as one): its replies are content, not a page tail. */
  thread?: boolean;
}

export function emptyMetadata(): FoundMetadata {
  return { title: null, publisher: null, authors: [], published: null, url: null, modified: null, language: null };
}
