// Reads one input's bytes within the size limits and gunzips it when needed.
import { promises as fs } from 'node:fs';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { formatSize, type IngestSettings } from './settings.js';

const gunzipAsync = promisify(gunzip);

export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

const GZIP_MAGIC = [0x1f, 0x8b] as const;

export function hasGzipMagic(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

function overFileLimit(size: number, settings: IngestSettings): string {
  return `file is ${formatSize(size)}, over the ${formatSize(settings.maxFileBytes)} limit (--max-file-size)`;
}

/** Gunzips when the name says .gz or the bytes carry the gzip magic; bounded by maxDecompressedBytes. */
export async function maybeGunzip(bytes: Buffer, namedGz: boolean, settings: IngestSettings): Promise<BytesResult> {
  if (!namedGz && !hasGzipMagic(bytes)) return { ok: true, bytes };
  if (!hasGzipMagic(bytes)) return { ok: false, reason: 'corrupt gzip (no gzip header)' };
  try {
    const out = await gunzipAsync(bytes, { maxOutputLength: settings.maxDecompressedBytes });
    return { ok: true, bytes: out };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      return { ok: false, reason: `decompressed size exceeds the ${formatSize(settings.maxDecompressedBytes)} limit` };
    }
    return { ok: false, reason: `corrupt gzip (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Reads a file after checking its size on disk, then gunzips it if it is gzip. */
export async function readFileBytes(filePath: string, namedGz: boolean, settings: IngestSettings): Promise<BytesResult> {
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
  if (stat.size > settings.maxFileBytes) return { ok: false, reason: overFileLimit(stat.size, settings) };
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  // The file may have grown between stat and read.
  if (bytes.length > settings.maxFileBytes) return { ok: false, reason: overFileLimit(bytes.length, settings) };
  return maybeGunzip(bytes, namedGz, settings);
}

/** Reads a stream (stdin) but stops as soon as it passes maxFileBytes. */
export async function readStreamBytes(stream: NodeJS.ReadableStream, settings: IngestSettings): Promise<BytesResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      total += buffer.length;
      if (total > settings.maxFileBytes) {
        return { ok: false, reason: `input is over the ${formatSize(settings.maxFileBytes)} limit (--max-file-size)` };
      }
      chunks.push(buffer);
    }
  } catch (error) {
    return { ok: false, reason: `could not read: ${error instanceof Error ? error.message : String(error)}` };
  }
  return maybeGunzip(Buffer.concat(chunks), false, settings);
}

/** A short reason for a file-system error: "no such file or directory", "permission denied", ... */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return error instanceof Error ? error.message : String(error);
  }
}
