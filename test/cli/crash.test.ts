// kill -9 in the middle of a large ingest: nothing committed is lost, nothing is half-written,
// and re-running the same command completes the batch.
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runCli, spawnCli, tempDir, write } from './run-cli.js';

const RECORDS = 6000;

function corpus(): string {
  const lines: string[] = [];
  for (let i = 1; i <= RECORDS; i++) {
    lines.push(
      JSON.stringify({
        id: `bulk-${i}`,
        title: `Council session ${i} reviews the harbor budget`,
        publisher: i % 2 ? 'Harbor Ledger' : 'Coastal Wire',
        published: `2026-04-${String((i % 28) + 1).padStart(2, '0')}`,
        text: `The city council met for session ${i} on Tuesday to review the harbor budget. Councillor Nadia Petrov asked for ${i} more inspectors. The vote was postponed to the next session.`,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

function countDocuments(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

describe('ingest killed with SIGKILL', () => {
  it('keeps every committed document whole and completes on re-run', async () => {
    const dir = tempDir('dossier-crash-');
    const input = write(dir, 'bulk.jsonl', corpus());
    const db = path.join(dir, 'crash.db');

    const child = spawnCli(['ingest', '--db', db, '--no-progress', input]);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let before = 0;
    const deadline = Date.now() + 50_000;
    while (before < 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      before = countDocuments(db);
    }
    child.kill('SIGKILL');
    const signal = await exited;
    expect(signal).toBe('SIGKILL');

    const conn = new Database(db);
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = conn.prepare('SELECT key, raw, body, content_hash FROM documents').all() as {
      key: string;
      raw: Buffer;
      body: string;
      content_hash: string;
    }[];
    conn.close();
    const committed = rows.length;
    expect(committed).toBeGreaterThanOrEqual(before);
    expect(committed).toBeLessThan(RECORDS);
    for (const row of rows) {
      // Whole documents only: stored bytes match their hash and the body is there.
      expect(createHash('sha256').update(row.raw).digest('hex')).toBe(row.content_hash);
      expect(row.body).toMatch(/^The city council met for session \d+/);
    }

    const rerun = runCli(['ingest', '--db', db, '--json', input]);
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ added: RECORDS - committed, unchanged: committed, failed: 0 });
    expect(countDocuments(db)).toBe(RECORDS);
  });
});
