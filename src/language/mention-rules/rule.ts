// Shape of a mention typing rule: looks at a capitalised span and its surroundings, returns a type or null.
import type { EntityType } from '../../contract/analysis.js';

export interface MentionCandidate {
  text: string;
  /** The span's words. */
  words: string[];
  start: number;
  end: number;
  /** Up to 40 characters of text just before the span. */
  before: string;
  /** Up to 40 characters of text just after the span. */
  after: string;
  /** True when a title inside the span ("President", "Interior Minister") was cut off its front. */
  titled: boolean;
}

export interface MentionRule {
  name: string;
  type(candidate: MentionCandidate): EntityType | null;
}
