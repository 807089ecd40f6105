// Test helpers: a fresh temp directory per test and a collector for readInputs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readInputs, type ReadOptions } from '../../src/ingest/index.js';
import type { IngestFailure, IngestItem, IngestResult } from '../../src/core/records.js';

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-'));
}

/** Writes files (string or bytes) under dir, creating folders; returns dir. */
export function writeTree(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [relative, content] of Object.entries(files)) {
    const full = path.join(dir, relative);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

export async function collect(inputs: string[], options?: ReadOptions): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for await (const result of readInputs(inputs, options)) results.push(result);
  return results;
}

export function items(results: IngestResult[]): IngestItem[] {
  return results.filter((r): r is IngestItem => r.kind === 'item');
}

export function failures(results: IngestResult[]): IngestFailure[] {
  return results.filter((r): r is IngestFailure => r.kind === 'failure');
}

/** Runs readInputs with the process working directory set to dir, so keys are relative paths. */
export async function collectIn(dir: string, inputs: string[], options?: ReadOptions): Promise<IngestResult[]> {
  const previous = process.cwd();
  process.chdir(dir);
  try {
    return await collect(inputs, options);
  } finally {
    process.chdir(previous);
  }
}

export function text(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('utf8');
}
