// Optional abstractive summary through an OpenAI-compatible chat endpoint the user configures (DOSSIER_LLM_URL).
// Never required; every sentence it returns goes through the same support check as the extractive summary, and
// sentences no document supports are dropped (and listed as dropped, with the reason).
import type { AbstractSummaryRecord } from '../contract/analysis.js';
import type { AnalyzedDocument } from '../core/records.js';
import { compareDocuments } from '../group/order.js';
import { sentences } from './sentences.js';
import { claimOf, supportingDocuments } from './support.js';

export interface LlmSettings {
  /** Base URL ("http://localhost:8080/v1") or the full chat-completions URL. */
  url: string;
  model: string;
  apiKey: string | null;
  /** Characters of each document sent; the lead carries the facts. */
  charsPerDocument: number;
  /** Documents sent per story, earliest first. */
  maxDocuments: number;
  timeoutMs: number;
}

// Enough of each article for its facts and first quotes, while a 12-document story stays under ~8k tokens.
const DEFAULT_CHARS_PER_DOCUMENT = 2000;
const DEFAULT_MAX_DOCUMENTS = 12;
// A local model on a laptop can take a minute per story.
const DEFAULT_TIMEOUT_MS = 120_000;

/** Settings from the environment, or null when DOSSIER_LLM_URL is not set (the abstractive path is off). */
export function llmSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): LlmSettings | null {
  const url = env.DOSSIER_LLM_URL?.trim();
  if (!url) return null;
  return {
    url,
    model: env.DOSSIER_LLM_MODEL?.trim() || 'default',
    apiKey: env.DOSSIER_LLM_KEY?.trim() || null,
    charsPerDocument: DEFAULT_CHARS_PER_DOCUMENT,
    maxDocuments: DEFAULT_MAX_DOCUMENTS,
    timeoutMs: DEFAULT_TIMEOUT_MS,
  };
}

const SYSTEM_PROMPT =
  'You summarise news coverage for an analyst. Write 3 to 6 short factual sentences saying what happened, who, where ' +
  'and when, using only facts stated in the articles. No opinions, no facts from elsewhere. One sentence per line.';

export function chatUrl(url: string): string {
  const base = url.replace(/\/+$/, '');
  return base.endsWith('/chat/completions') ? base : `${base}/chat/completions`;
}

function prompt(title: string, docs: readonly AnalyzedDocument[], settings: LlmSettings): string {
  const parts = docs.slice(0, settings.maxDocuments).map((doc, i) => {
    const head = `[${i + 1}] ${doc.publisher ?? 'unknown outlet'}, ${doc.published?.slice(0, 10) ?? 'undated'}: ${doc.title ?? ''}`;
    return `${head}\n${doc.text.slice(0, settings.charsPerDocument)}`;
  });
  return `Story: ${title}\n\n${parts.join('\n\n')}`;
}

async function complete(settings: LlmSettings, user: string): Promise<string> {
  const response = await fetch(chatUrl(settings.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}) },
    body: JSON.stringify({
      model: settings.model,
      temperature: 0,
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: user },
      ],
    }),
    signal: AbortSignal.timeout(settings.timeoutMs),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${chatUrl(settings.url)}`);
  const body = (await response.json()) as { choices?: { message?: { content?: unknown } }[] };
  const content = body.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw new Error(`no choices[0].message.content in the reply from ${chatUrl(settings.url)}`);
  return content;
}

/** Sentences of a model's answer, list markers and numbering removed. */
export function answerSentences(answer: string): string[] {
  return answer
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/u, '').trim())
    .filter(Boolean)
    .flatMap((line) => sentences(line));
}

/** Keeps the sentences some document supports, cited to all of them; drops the rest with the reason. */
export function checkAgainstSources(
  model: string,
  answer: readonly string[],
  docs: readonly AnalyzedDocument[],
): AbstractSummaryRecord {
  const ordered = [...docs].sort(compareDocuments);
  const kept: AbstractSummaryRecord['sentences'] = [];
  const dropped: AbstractSummaryRecord['dropped'] = [];
  for (const text of answer) {
    const support = supportingDocuments(claimOf(text), ordered);
    if (support.length === 0) dropped.push({ text, reason: 'no document supports it (support check)' });
    else kept.push({ text, citations: support.map((s) => s.documentId) });
  }
  return { model, sentences: kept, dropped, error: null };
}

/** The abstractive summary of one story; an unreachable or broken endpoint gives an empty summary with the error. */
export async function abstractiveSummary(
  title: string,
  docs: readonly AnalyzedDocument[],
  settings: LlmSettings,
): Promise<AbstractSummaryRecord> {
  const ordered = [...docs].sort(compareDocuments);
  try {
    const answer = await complete(settings, prompt(title, ordered, settings));
    return checkAgainstSources(settings.model, answerSentences(answer), ordered);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { model: settings.model, sentences: [], dropped: [], error: `abstractive summary failed: ${reason}` };
  }
}
