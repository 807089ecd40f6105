// Direct quotes and their speakers: '"...," X said', '"...," said X', 'X said: "..."', split quotes, 'according to X'.
import type { Mention, QuoteFinding } from '../core/records.js';
import { TITLE_ABBREVIATIONS } from './abbreviations.js';
import { LEADING_FUNCTION_SET } from './gazetteers/index.js';
import { splitSentences, type SentenceSpan } from './sentences.js';
import { SPEECH_AUXILIARIES, SPEECH_VERBS } from './speech-verbs.js';

// One-word quoted terms are scare quotes or titles, not speech.
export const MIN_QUOTE_WORDS = 2;
// A speaker phrase longer than this is a clause, not a name or noun phrase.
export const MAX_SPEAKER_WORDS = 8;
// How far an attribution before a quote may run from its verb to the colon or comma ("told reporters on Tuesday:").
const MAX_VERB_TAIL = 60;

const VERB = `(?:${SPEECH_VERBS.join('|')})`;
const AUX = `(?:(?:${SPEECH_AUXILIARIES.join('|')})\\s+)*`;
// '"...," according to the ministry'
const AFTER_ACCORDING = /^\s*,?\s*according\s+to\s+/i;
// '"...," said Ms. Ostrova'
const AFTER_VERB_FIRST = new RegExp(`^\\s*,?\\s*${VERB}\\s+`, 'i');
// '"...," Ms. Ostrova said' / '"...," a senior official, who asked not to be named, told reporters'
const AFTER_SPEAKER_FIRST = new RegExp(`^\\s*,?\\s*([^;!?"“”\\n]{1,120}?)\\s+${AUX}(${VERB})\\b`, 'i');
// 'Ostrova said: "' / 'She told reporters on Tuesday, "' / 'According to the ministry, "'
const BEFORE_VERB = new RegExp(`${AUX}\\b(${VERB})\\b(?:\\s+[^,:"“”.]{0,${MAX_VERB_TAIL}})?[,:]\\s*$`, 'i');
const BEFORE_ACCORDING = /\baccording\s+to\s+([^,:"“”]{1,80}),\s*$/i;
const PRONOUNS = new Set(['he', 'she']);

interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just past the closing mark (or the paragraph end when the quote runs on). */
  end: number;
  content: string;
  /** Index just past the paragraph holding the quote. */
  paragraphEnd: number;
}

/** Double-quoted spans, straight or curly, paired within each paragraph. */
function quotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const paragraphs = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const p of text.matchAll(paragraphs)) {
    const base = p.index;
    const para = p[0];
    let open = -1;
    for (let i = 0; i < para.length; i++) {
      const ch = para[i]!;
      const opens = ch === '“' || (ch === '"' && open < 0);
      const closes = ch === '”' || (ch === '"' && open >= 0);
      if (open < 0 && opens) open = i;
      else if (open >= 0 && closes) {
        spans.push({ open: base + open, end: base + i + 1, content: para.slice(open + 1, i), paragraphEnd: base + para.length });
        open = -1;
      }
    }
    // A quote left open runs to the end of its paragraph (the next paragraph reopens it).
    if (open >= 0) spans.push({ open: base + open, end: base + para.length, content: para.slice(open + 1), paragraphEnd: base + para.length });
  }
  return spans;
}

function words(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function cleanContent(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/[,]$/, '').trim();
}

/** Trim a speaker phrase: leading conjunctions, appositives after a comma, trailing punctuation. */
function tidySpeaker(phrase: string): string | null {
  let s = phrase.replace(/\s+/g, ' ').trim();
  s = s.split(/,\s*/)[0]!.trim();
  const parts = s.split(' ');
  while (parts.length > 1 && (LEADING_FUNCTION_SET.has(parts[0]!) || /^(and|but|so|then)$/.test(parts[0]!)) && !/^(he|she|it|they|we|i)$/i.test(parts[0]!)) parts.shift();
  s = parts.join(' ').replace(/[.:;]+$/, '').trim();
  if (s === '' || words(s) > MAX_SPEAKER_WORDS) return null;
  return s;
}

/** The speaker written right after a verb: up to the next clause break, keeping "Ms." and initials. */
function speakerAfterVerb(text: string): string | null {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/[,;!?"“”\n()]/.test(ch)) break;
    if (ch === '.') {
      const word = (/(\S+)$/.exec(out)?.[1] ?? '').toLowerCase();
      const isAbbrev = TITLE_ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
      if (!isAbbrev) break;
    }
    out += ch;
  }
  return tidySpeaker(out);
}

function sentenceAt(sentences: SentenceSpan[], index: number): number {
  return sentences.findIndex((s) => index >= s.start && index < s.end);
}

/** he/she -> the one person named in the previous sentence, if exactly one; otherwise as written. */
function resolvePronoun(speaker: string, at: number, sentences: SentenceSpan[], mentions: Mention[]): string {
  if (!PRONOUNS.has(speaker.toLowerCase())) return speaker;
  const si = sentenceAt(sentences, at);
  const prev = si > 0 ? sentences[si - 1] : undefined;
  if (!prev) return speaker;
  const people = new Set(mentions.filter((m) => m.type === 'person' && m.start >= prev.start && m.end <= prev.end).map((m) => m.text));
  return people.size === 1 ? [...people][0]! : speaker;
}

interface Attribution {
  speaker: string;
  /** Index just past the attribution, for finding the second half of a split quote. */
  end: number;
}

function attributionAfter(text: string, q: QuotedSpan): Attribution | null {
  // An attribution after the quote needs the quote to break off with a comma, '?', '!' or a dash.
  if (!/[,?!—–-]\s*$/.test(q.content) && !/^\s*,/.test(text.slice(q.end))) return null;
  const after = text.slice(q.end, q.paragraphEnd);
  let m = AFTER_ACCORDING.exec(after) ?? AFTER_VERB_FIRST.exec(after);
  if (m) {
    const speaker = speakerAfterVerb(after.slice(m[0].length));
    if (speaker) return { speaker, end: q.end + m[0].length + speaker.length };
  }
  m = AFTER_SPEAKER_FIRST.exec(after);
  if (m) {
    const speaker = tidySpeaker(m[1]!);
    if (speaker) return { speaker, end: q.end + m[0].length };
  }
  return null;
}

function attributionBefore(text: string, q: QuotedSpan, sentences: SentenceSpan[]): string | null {
  const si = sentenceAt(sentences, q.open);
  const from = si >= 0 ? sentences[si]!.start : Math.max(0, q.open - 200);
  const before = text.slice(from, q.open);
  const according = BEFORE_ACCORDING.exec(before);
  if (according) return tidySpeaker(according[1]!);
  const m = BEFORE_VERB.exec(before);
  if (!m) return null;
  const lead = before.slice(0, m.index);
  const clause = lead.split(/[,;:—–(]/).pop() ?? '';
  return tidySpeaker(clause);
}

/** Speaker of a partial quote ('Mehta called it "a mortgage"'): the first person or organisation named before it in its sentence. */
function subjectBefore(q: QuotedSpan, sentences: SentenceSpan[], mentions: Mention[]): string | null {
  const si = sentenceAt(sentences, q.open);
  if (si < 0) return null;
  const s = sentences[si]!;
  const subject = mentions.find((m) => m.start >= s.start && m.end <= q.open && (m.type === 'person' || m.type === 'organization'));
  if (subject) return subject.text;
  const pronoun = /^[\s"“]*(he|she|they)\b/i.exec(s.text);
  return pronoun ? pronoun[1]! : null;
}

/** True when the text between two quotes is only the end of the first one's attribution (' Ostrova said. '). */
function runsOn(between: string): boolean {
  return /^[^"“”.!?]*[.!?]?\s*$/.test(between);
}

/** Direct and partial quotes in `text`, with speakers as written (he/she resolved when the previous sentence names one person). */
export function findQuotes(text: string, mentions: Mention[]): QuoteFinding[] {
  const spans = quotedSpans(text);
  const sentences = splitSentences(text);
  const out: QuoteFinding[] = [];
  let previous: { speaker: string | null; end: number; paragraphEnd: number } | null = null;
  for (let i = 0; i < spans.length; i++) {
    const q = spans[i]!;
    let content = cleanContent(q.content);
    let end = q.end;
    let speaker: string | null = null;
    const after = attributionAfter(text, q);
    if (after) {
      speaker = after.speaker;
      // '"A," she said, "B."' -> one quote "A B."
      const next = spans[i + 1];
      if (next && /^\s*[,:]?\s*$/.test(text.slice(after.end, next.open)) && next.open < q.paragraphEnd) {
        content = `${content} ${cleanContent(next.content)}`;
        end = next.end;
        i++;
      }
    } else {
      speaker = attributionBefore(text, q, sentences);
      // A quote inside a running sentence is a partial quote of the sentence's subject.
      if (speaker === null && /\p{Ll}[\s,]*$/u.test(text.slice(Math.max(0, q.open - 3), q.open))) speaker = subjectBefore(q, sentences, mentions);
    }
    // A quote running on in the same paragraph right after an attributed one keeps its speaker.
    if (speaker === null && previous?.speaker && previous.paragraphEnd === q.paragraphEnd && runsOn(text.slice(previous.end, q.open))) {
      speaker = previous.speaker;
    }
    if (words(content) < MIN_QUOTE_WORDS) continue;
    if (speaker) speaker = resolvePronoun(speaker, q.open, sentences, mentions);
    out.push({ text: content, speaker, start: q.open, end });
    previous = { speaker, end, paragraphEnd: q.paragraphEnd };
  }
  return out;
}
