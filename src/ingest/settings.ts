// Limits for the ingest stage and the size parser behind the --max-* flags.

export interface IngestSettings {
  /** Largest file read from disk or stdin, before gunzip. */
  maxFileBytes: number;
  /** Largest output of gunzip for one file. */
  maxDecompressedBytes: number;
  /** Largest single record, JSONL line or feed entry. */
  maxRecordBytes: number;
}

const KIB = 1024;
const MIB = 1024 * KIB;
const GIB = 1024 * MIB;

export const DEFAULT_INGEST_SETTINGS: IngestSettings = {
  // A saved article page with inline assets stays well under this; bigger files are dumps or media.
  maxFileBytes: 50 * MIB,
  // Text gzips 5-10x, so this admits any honest 50 MB archive while stopping a gzip bomb early.
  maxDecompressedBytes: 200 * MIB,
  // One record is one article; even a long feature with inline HTML is far below 10 MB.
  maxRecordBytes: 10 * MIB,
};

/** Fills missing settings from the defaults and rejects non-positive limits. */
export function resolveSettings(partial: Partial<IngestSettings> = {}): IngestSettings {
  const settings = { ...DEFAULT_INGEST_SETTINGS };
  for (const key of Object.keys(DEFAULT_INGEST_SETTINGS) as (keyof IngestSettings)[]) {
    const value = partial[key];
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value <= 0) {
      throw new Error(`ingest setting ${key} must be a positive number of bytes, got ${String(value)}`);
    }
    settings[key] = Math.floor(value);
  }
  return settings;
}

// Units are binary (1 KB = 1024 bytes) so that a parsed "50MB" equals the size printed back as "50.0 MB".
const SIZE_UNITS: Record<string, number> = {
  '': 1, b: 1,
  k: KIB, kb: KIB, kib: KIB,
  m: MIB, mb: MIB, mib: MIB,
  g: GIB, gb: GIB, gib: GIB,
};

const SIZE_PATTERN = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/i;

/** Parses "50MB", "512k", "1GiB", "2048" into bytes; throws a clear Error on anything else. */
export function parseSize(text: string): number {
  const trimmed = text.trim();
  const match = SIZE_PATTERN.exec(trimmed);
  const unit = match ? SIZE_UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) {
    throw new Error(`invalid size "${text}": expected a number with an optional unit (B, KB, MB, GB), e.g. 50MB`);
  }
  const bytes = Math.floor(Number(match[1]) * unit);
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new Error(`invalid size "${text}": must be at least 1 byte`);
  }
  return bytes;
}

/** Formats a byte count the way limits are reported: "80.0 MB", "512.0 KB", "12 bytes". */
export function formatSize(bytes: number): string {
  if (bytes < KIB) return `${bytes} bytes`;
  if (bytes < MIB) return `${(bytes / KIB).toFixed(1)} KB`;
  if (bytes < GIB) return `${(bytes / MIB).toFixed(1)} MB`;
  return `${(bytes / GIB).toFixed(1)} GB`;
}
