// Expands the command line's inputs (files, directories, globs, "-") into files to read, in a stable order.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isSupportedPath } from './detect-format.js';
import { describeFsError } from './read-bytes.js';

export type ExpandedInput =
  /** A file to read; `path` is how the user named it (the key and source). `explicit` is false when found by walking a directory. */
  | { kind: 'file'; path: string; explicit: boolean }
  | { kind: 'stdin' }
  | { kind: 'failure'; input: string; reason: string };

/** Counts for the summary line. */
export interface IngestStats {
  /** Files handed to a reader (each file once, stdin included). */
  filesSeen: number;
  /** Files inside directories skipped for an unsupported extension (not failures). */
  filesSkipped: number;
  /** Files named twice (by two inputs, or a glob and a directory) and read only once. */
  duplicates: number;
  items: number;
  failures: number;
}

export function createIngestStats(): IngestStats {
  return { filesSeen: 0, filesSkipped: 0, duplicates: 0, items: 0, failures: 0 };
}

export const STDIN_INPUT = '-';

/** Forward slashes in keys whatever the platform, so keys match across machines. */
export function toKeyPath(p: string): string {
  return p.split(path.sep).join('/');
}

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/** Code-unit order, not locale order: the same on every machine. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Walks a directory depth-first in sorted order; symlinked directories are followed once (cycles cut). */
async function* walkDirectory(
  dir: string,
  shownDir: string,
  visited: Set<string>,
  stats: IngestStats | undefined,
): AsyncGenerator<ExpandedInput> {
  let real: string;
  let names: string[];
  try {
    real = await fs.realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    names = (await fs.readdir(dir)).sort(byName);
  } catch (error) {
    yield { kind: 'failure', input: toKeyPath(shownDir), reason: describeFsError(error) };
    return;
  }
  for (const name of names) {
    if (isHidden(name)) continue;
    const full = path.join(dir, name);
    const shown = path.join(shownDir, name);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch (error) {
      // A dangling symlink inside a directory is reported, not silently dropped.
      yield { kind: 'failure', input: toKeyPath(shown), reason: describeFsError(error) };
      continue;
    }
    if (stat.isDirectory()) {
      yield* walkDirectory(full, shown, visited, stats);
    } else if (stat.isFile()) {
      if (isSupportedPath(name)) yield { kind: 'file', path: toKeyPath(shown), explicit: false };
      else if (stats) stats.filesSkipped++;
    }
  }
}

async function* expandOne(input: string, stats: IngestStats | undefined): AsyncGenerator<ExpandedInput> {
  if (input === STDIN_INPUT) {
    yield { kind: 'stdin' };
    return;
  }
  let stat;
  try {
    stat = await fs.stat(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && isDynamicPattern(input)) {
      yield* expandGlob(input);
      return;
    }
    yield { kind: 'failure', input, reason: describeFsError(error) };
    return;
  }
  if (stat.isDirectory()) yield* walkDirectory(input, input, new Set(), stats);
  else if (stat.isFile()) yield { kind: 'file', path: input, explicit: true };
  else yield { kind: 'failure', input, reason: 'not a regular file or directory' };
}

async function* expandGlob(pattern: string): AsyncGenerator<ExpandedInput> {
  const absolute = path.isAbsolute(pattern);
  let matches: string[];
  try {
    matches = await glob(toKeyPath(pattern), { onlyFiles: true, dot: false, expandDirectories: false, absolute });
  } catch (error) {
    yield { kind: 'failure', input: pattern, reason: `bad glob: ${error instanceof Error ? error.message : String(error)}` };
    return;
  }
  if (matches.length === 0) {
    yield { kind: 'failure', input: pattern, reason: 'no files match' };
    return;
  }
  // Glob matches are named by the user's pattern, so they are read even with an unknown extension.
  for (const match of matches.sort(byName)) yield { kind: 'file', path: toKeyPath(match), explicit: true };
}

/**
 * Expands inputs in the order given; each directory or glob in sorted path order.
 * Files reached twice are yielded once. Never throws: problems become failures.
 */
export async function* expandInputs(inputs: string[], options: { stats?: IngestStats } = {}): AsyncGenerator<ExpandedInput> {
  const seenFiles = new Set<string>();
  let stdinSeen = false;
  for (const input of inputs) {
    try {
      for await (const entry of expandOne(input, options.stats)) {
        if (entry.kind === 'stdin') {
          if (stdinSeen) {
            yield { kind: 'failure', input: STDIN_INPUT, reason: 'stdin can only be read once' };
            continue;
          }
          stdinSeen = true;
        } else if (entry.kind === 'file') {
          const real = await fs.realpath(entry.path).catch(() => path.resolve(entry.path));
          if (seenFiles.has(real)) {
            if (options.stats) options.stats.duplicates++;
            continue;
          }
          seenFiles.add(real);
        }
        yield entry;
      }
    } catch (error) {
      yield { kind: 'failure', input, reason: `could not expand: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
}
