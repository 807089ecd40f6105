import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import { describeStoreContract, item } from './store-contract.js';

describeStoreContract('sqlite in memory', () => SqliteStore.open(':memory:'));
describeStoreContract('sqlite file', () => SqliteStore.open(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-store-')), 'test.db')));

describe('sqlite store file', () => {
  it('persists across reopen, in WAL mode', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-store-')), 'persist.db');
    const store = await SqliteStore.open(file);
    const run = await store.startRun('ingest', ['x']);
    await store.putDocument(item('x.txt', 'Persisted text.'), run);
    await store.close();
    const reopened = await SqliteStore.open(file);
    expect(await reopened.countDocuments()).toBe(1);
    await reopened.close();
    expect(fs.existsSync(`${file}-wal`) || fs.readFileSync(file).subarray(18, 20).equals(Buffer.from([2, 2]))).toBe(true);
  });

  it('explains a store path that cannot be opened', async () => {
    await expect(SqliteStore.open('/nonexistent-dir/for/sure/dossier.db')).rejects.toThrow();
  });
});
