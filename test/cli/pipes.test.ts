// `dossier ... | head`: a reader closing the pipe early ends the command quietly, with no stack trace.
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { repoRoot, runCli, spawnCli, tempDir } from './run-cli.js';

describe('stdout closed by the reader', () => {
  it('exits 0 without an error when the reader stops after the first chunk', async () => {
    const db = path.join(tempDir(), 'pipe.db');
    expect(runCli(['ingest', '--db', db, path.join(repoRoot, 'examples/corpus')]).code).toBe(0);
    expect(runCli(['analyze', '--db', db]).code).toBe(0);
    // The export is far larger than a pipe buffer, so the writer is still writing when the reader goes away.
    const child = spawnCli(['export', '--db', db, '--json']);
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    child.stdout?.once('data', () => child.stdout?.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|at .*\.js/);
    expect(code).toBe(0);
  }, 60_000);
});
