// The ingest stage: files, directories, globs and stdin in; one IngestItem per document or an
// IngestFailure per bad input out, one file in memory at a time.
import type { IngestResult } from '../core/records.js';
import { errorMessage, failure } from './document.js';
import { expandInputs, type IngestStats } from './expand-inputs.js';
import { readFileBytes, readStreamBytes } from './read-bytes.js';
import { readDocument } from './read-document.js';
import { stripGzExtension } from './detect-format.js';
import { resolveSettings, type IngestSettings } from './settings.js';
import { createReadStream } from 'node:fs';
import { isWarcPath, readWarc } from './formats/warc.js';

export { DEFAULT_INGEST_SETTINGS, parseSize, formatSize, resolveSettings, type IngestSettings } from './settings.js';
export { expandInputs, createIngestStats, type ExpandedInput, type IngestStats } from './expand-inputs.js';
export { decodeBytes, type DecodeHint, type DecodeResult } from './decode-bytes.js';
export {
  detectFormat,
  formatFromPath,
  isSupportedPath,
  sniffFormat,
  type ContainerFormat,
} from './detect-format.js';
export { readFileBytes, readStreamBytes, maybeGunzip } from './read-bytes.js';
export { readDocument, readXml, type DocumentSource } from './read-document.js';
export type { DocumentContext } from './document.js';
export { normaliseDate } from './dates.js';
export { readText } from './formats/read-text.js';
export { readHtml } from './formats/read-html.js';
export { readMarkdown, splitFrontMatter } from './formats/read-markdown.js';
export { readJson, readJsonLines, recordToResult } from './formats/read-records.js';
export { readRss } from './formats/read-rss.js';
export { readAtom } from './formats/read-atom.js';
export { readJsonFeed } from './formats/read-json-feed.js';
export { scanXmlProlog, parseFeedOutline, MAX_XML_DEPTH } from './feed-xml.js';
export { readWarc, isWarcPath } from './formats/warc.js';

export interface ReadOptions {
  settings?: Partial<IngestSettings>;
  /** Stream read for the input "-"; defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Name used as key and source for stdin; its extension, when supported, sets the format. Default "stdin". */
  stdinName?: string;
  /** Filled in as inputs are read: files seen, skipped, duplicates, items, failures. */
  stats?: IngestStats;
  /** Told about each part of an input that is skipped on purpose, not failed (a WARC's request records, ...). */
  onSkipped?: (input: string, reason: string) => void;
}

/** Expands inputs and yields one result per document or failure, in a stable order (sorted paths). Never throws for bad input. */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<IngestResult> {
  const settings = resolveSettings(options.settings);
  const stats = options.stats;
  const count = (result: IngestResult): IngestResult => {
    if (stats) {
      if (result.kind === 'item') stats.items++;
      else stats.failures++;
    }
    return result;
  };
  for await (const entry of expandInputs(inputs, { stats })) {
    if (entry.kind === 'failure') {
      yield count(failure(entry.input, entry.reason));
      continue;
    }
    if (stats) stats.filesSeen++;
    const name = entry.kind === 'stdin' ? (options.stdinName ?? 'stdin') : entry.path;
    if (isWarcPath(entry.kind === 'stdin' ? (options.stdinName ?? '') : entry.path)) {
      // WARC files are streamed record by record: no whole-file size limit, the record limit applies instead.
      const stream = entry.kind === 'stdin' ? (options.stdin ?? process.stdin) : createReadStream(entry.path);
      for await (const result of readWarc(name, stream, settings, (reason) => options.onSkipped?.(name, reason))) {
        yield count(result);
      }
      continue;
    }
    try {
      const bytes =
        entry.kind === 'stdin'
          ? await readStreamBytes(options.stdin ?? process.stdin, settings)
          : await readFileBytes(entry.path, stripGzExtension(entry.path).gzipped, settings);
      if (!bytes.ok) {
        yield count(failure(name, bytes.reason));
        continue;
      }
      for (const result of readDocument({ name, formatName: entry.kind === 'stdin' ? options.stdinName : entry.path, bytes: bytes.bytes, settings })) {
        yield count(result);
      }
    } catch (error) {
      yield count(failure(name, `could not read: ${errorMessage(error)}`));
    }
  }
}
