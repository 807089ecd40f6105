import { describe, it, expect } from 'vitest';
import { readDocument, resolveSettings } from '../../src/ingest/index.js';
import { collectIn, items, makeTempDir, writeTree } from './helpers.js';

describe('readers never throw', () => {
  it('turns an unexpected exception into that input\'s failure', () => {
    const results = [...readDocument({ name: 'odd.txt', bytes: null as unknown as Uint8Array, settings: resolveSettings() })];
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ kind: 'failure', input: 'odd.txt' });
    expect((results[0] as { reason: string }).reason).toMatch(/^could not read: /);
  });

  it('survives deeply nested JSON and YAML and goes on to the next file', async () => {
    const depth = 100_000;
    const dir = writeTree(makeTempDir(), {
      'deep.json': `[${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}, {"text": "Shallow record."}, ${'['.repeat(depth)}${']'.repeat(depth)}]`,
      'deep.jsonl': `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}\n`,
      'deep.md': `---\ntitle: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\nBody text.\n`,
      'z-last.txt': 'Still read.',
    });
    const results = await collectIn(dir, ['deep.json', 'deep.jsonl', 'deep.md', 'z-last.txt']);
    expect(results.map((r) => (r.kind === 'item' ? `item:${r.key}` : `${r.input}: ${r.reason}`))).toEqual([
      'deep.json: record 1 is nested too deeply',
      'item:deep.json#2',
      'deep.json: record 3 is not an object',
      'deep.jsonl:1: record has neither text nor html',
      'item:deep.md',
      'item:z-last.txt',
    ]);
    const md = items(results).find((r) => r.key === 'deep.md')!;
    expect(md.hints.title).toBeUndefined();
    expect(md.body).toBe('Body text.\n');
    expect(md.warnings?.[0]).toMatch(/^front matter is not valid YAML/);
  });
});
