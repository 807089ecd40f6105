// The store contract: every Store implementation (SQLite now, PostgreSQL later) must pass this suite.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { Analysis } from '../../src/contract/analysis.js';
import type { DocumentAnalysis, IngestItem } from '../../src/core/records.js';
import type { CorpusAnalysis, Store } from '../../src/store/store.js';

export function item(key: string, body: string, extra: Partial<IngestItem> = {}): IngestItem {
  return {
    kind: 'item',
    key,
    source: key,
    format: 'text',
    raw: new TextEncoder().encode(body),
    charset: 'utf-8',
    bodyType: 'text',
    body,
    hints: {},
    ...extra,
  };
}

export function analysisOf(title: string, paragraphs: string[], published: string | null = null): DocumentAnalysis {
  return {
    extracted: {
      title,
      publisher: 'Harbor Ledger',
      authors: ['Ana Reyes'],
      published,
      url: null,
      paragraphs,
      removed: [{ text: 'Share on Facebook', reason: 'share-prompt' }],
      segments: [{ paragraphs }],
    },
    language: 'en',
    mentions: [{ text: 'Maria Ostrova', start: 0, end: 13, type: 'person' }],
    quotes: [{ text: 'We will not retreat', speaker: 'Maria Ostrova', start: 20, end: 41 }],
    borrowed: [{ outlet: 'Meridian Wire', cue: 'according to Meridian Wire' }],
    publishedConfidence: published ? 1 : null,
  };
}

export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    let run: string;
    beforeEach(async () => {
      store = await open();
      run = await store.startRun('ingest', ['examples']);
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores the same content once, and updates a key whose content changed', async () => {
      const first = await store.putDocument(item('a.txt', 'Flood waters rose in Velmora.'), run);
      expect(first.status).toBe('added');
      const again = await store.putDocument(item('a.txt', 'Flood waters rose in Velmora.'), run);
      expect(again).toEqual({ id: first.id, status: 'unchanged' });
      const copy = await store.putDocument(item('copy-of-a.txt', 'Flood waters rose in Velmora.'), run);
      expect(copy).toEqual({ id: first.id, status: 'unchanged', sameContentAs: 'a.txt' });
      const changed = await store.putDocument(item('a.txt', 'Flood waters receded in Velmora.'), run);
      expect(changed).toEqual({ id: first.id, status: 'updated' });
      expect(await store.countDocuments()).toBe(1);
    });

    it('keeps raw bytes verbatim', async () => {
      const raw = Uint8Array.from([0x52, 0xe9, 0x6e, 0xe9, 0x65, 0x00, 0xff, 0x0a]);
      const put = await store.putDocument(item('latin1.txt', 'Renée', { raw, charset: 'iso-8859-1' }), run);
      expect(Array.from((await store.getRaw(put.id)) ?? [])).toEqual(Array.from(raw));
      expect(await store.getRaw('d_missing')).toBeNull();
    });

    it('records runs and their failures', async () => {
      await store.recordFailure(run, 'junk.bin', 'binary content');
      await store.finishRun(run, { added: 2, updated: 0, unchanged: 1, failed: 1 });
      const runs = await store.listRuns();
      expect(runs.find((r) => r.id === run)).toMatchObject({ command: 'ingest', inputs: ['examples'], added: 2, failed: 1 });
      expect(runs.find((r) => r.id === run)?.finishedAt).not.toBeNull();
      expect(await store.listFailures(run)).toEqual([expect.objectContaining({ runId: run, input: 'junk.bin', reason: 'binary content' })]);
    });

    it('lists only documents that are new, changed, or analysed by another version', async () => {
      const a = await store.putDocument(item('a.txt', 'First article.'), run);
      await store.putDocument(item('b.txt', 'Second article.'), run);
      expect((await store.listDocumentsToAnalyze('1')).map((d) => d.key)).toEqual(['a.txt', 'b.txt']);
      await store.saveDocumentAnalysis(a.id, '1', analysisOf('First', ['First article.']), [{ id: `${a.id}:1`, text: 'First article.' }]);
      expect((await store.listDocumentsToAnalyze('1')).map((d) => d.key)).toEqual(['b.txt']);
      expect((await store.listDocumentsToAnalyze('2')).map((d) => d.key)).toEqual(['a.txt', 'b.txt']);
      await store.putDocument(item('a.txt', 'First article, corrected.'), run);
      expect((await store.listDocumentsToAnalyze('1')).map((d) => d.key)).toEqual(['a.txt', 'b.txt']);
    });

    it('round-trips analysis and grouping into a valid export', async () => {
      const a = await store.putDocument(item('a.txt', 'A'), run);
      const b = await store.putDocument(item('b.txt', 'B'), run);
      await store.saveDocumentAnalysis(a.id, '1', analysisOf('Velmora flood', ['Waters rose.', 'Residents fled.'], '2026-03-12T08:00:00Z'), [
        { id: `${a.id}:1`, text: 'Waters rose.\n\nResidents fled.' },
      ]);
      await store.saveDocumentAnalysis(b.id, '1', analysisOf('Velmora flood (wire)', ['Waters rose.'], '2026-03-12T09:00:00Z'), [
        { id: `${b.id}:1`, text: 'Waters rose.' },
      ]);
      const docs = await store.listAnalyzedDocuments();
      expect(docs.map((d) => d.segments.length)).toEqual([1, 1]);
      expect(docs.find((d) => d.id === a.id)?.text).toBe('Waters rose.\n\nResidents fled.');

      const corpus: CorpusAnalysis = {
        grouping: {
          duplicates: [{ documentId: b.id, duplicateOf: a.id, reason: 'contained: 1.00 of shorter text' }],
          stories: [
            {
              id: 's_flood',
              title: 'Velmora flood',
              segmentIds: [`${a.id}:1`, `${b.id}:1`],
              documentIds: [a.id, b.id],
              events: [{ id: 'e_flood', title: 'Waters rise', date: '2026-03-12', segmentIds: [`${a.id}:1`, `${b.id}:1`], documentIds: [a.id, b.id] }],
            },
          ],
        },
        entities: [{ id: 'n_ostrova', name: 'Maria K. Ostrova', type: 'person', aliases: ['Maria Ostrova', 'Ms. Ostrova'], documentIds: [a.id, b.id], merges: [] }],
        quotes: [{ id: 'q_1', text: 'We will not retreat', speakerName: 'Maria Ostrova', speakerEntityId: 'n_ostrova', documentId: a.id, alsoIn: [b.id] }],
        syntheses: new Map([
          ['s_flood', { summary: [{ text: 'Waters rose in Velmora.', citations: [a.id, b.id] }], timeline: [{ date: '2026-03-12', text: 'Waters rise', citations: [a.id] }], conflicts: [] }],
        ]),
      };
      await store.replaceCorpusAnalysis(corpus);
      // Regrouping replaces rather than accumulates.
      await store.replaceCorpusAnalysis(corpus);

      const exported = await store.exportAnalysis();
      expect(() => Analysis.parse(exported)).not.toThrow();
      expect(exported.documents).toHaveLength(2);
      const docB = exported.documents.find((d) => d.id === b.id);
      expect(docB).toMatchObject({
        duplicateOf: a.id,
        key: 'b.txt',
        title: 'Velmora flood (wire)',
        authors: ['Ana Reyes'],
        borrowedFrom: [{ outlet: 'Meridian Wire', cue: 'according to Meridian Wire' }],
      });
      expect(docB?.segments).toEqual([{ id: `${b.id}:1`, text: 'Waters rose.', storyId: 's_flood', eventId: 'e_flood' }]);
      expect(exported.entities).toEqual([
        { id: 'n_ostrova', name: 'Maria K. Ostrova', type: 'person', aliases: ['Maria Ostrova', 'Ms. Ostrova'], documents: [a.id, b.id] },
      ]);
      expect(exported.quotes[0]).toMatchObject({ speaker: { entityId: 'n_ostrova', name: 'Maria Ostrova' }, alsoIn: [b.id] });
      expect(exported.stories).toHaveLength(1);
      expect(exported.stories[0]).toMatchObject({ id: 's_flood', quotes: ['q_1'], entities: ['n_ostrova'] });
      expect(exported.stories[0]?.borrowing).toEqual(
        [a.id, b.id].sort().map((documentId) => ({ from: 'Meridian Wire', to: 'Harbor Ledger', documentId, cue: 'according to Meridian Wire' })),
      );
      expect(exported.stories[0]?.events[0]).toEqual({ id: 'e_flood', title: 'Waters rise', date: '2026-03-12', documents: [a.id, b.id] });

      expect((await store.listStories())[0]).toMatchObject({ id: 's_flood', documents: 2, events: 1, firstDate: '2026-03-12' });
      expect(await store.countCorpus()).toEqual({ entities: 1, quotes: 1, duplicates: 1 });
      expect((await store.getStory('s_fl'))?.id).toBe('s_flood');
    });

    it('finds a story by unique prefix only', async () => {
      const grouping = (ids: string[]) => ({
        duplicates: [],
        stories: ids.map((id) => ({ id, title: id, segmentIds: [], documentIds: [], events: [] })),
      });
      await store.replaceCorpusAnalysis({ grouping: grouping(['s_abc1', 's_abc2']), entities: [], quotes: [], syntheses: new Map() });
      expect(await store.getStory('s_abc')).toBeNull();
      expect((await store.getStory('s_abc2'))?.id).toBe('s_abc2');
      expect(await store.getStory('s_zzz')).toBeNull();
    });

    it('searches clean text with ranking and snippets, and never chokes on query syntax', async () => {
      const a = await store.putDocument(item('a.txt', 'A'), run);
      const b = await store.putDocument(item('b.txt', 'B'), run);
      await store.saveDocumentAnalysis(a.id, '1', analysisOf('Budget vote delayed', ['The treasury budget vote was delayed again.']), []);
      await store.saveDocumentAnalysis(b.id, '1', analysisOf('Harbor reopens', ['The harbor reopened; the budget was not discussed.']), []);
      const hits = await store.search('budget', 10);
      expect(hits.map((h) => h.documentId)).toEqual([a.id, b.id]);
      expect(hits[0]?.snippet).toContain('[budget]');
      expect(await store.search('harbor', 10)).toHaveLength(1);
      expect(await store.search('AND OR ( "unbalanced NEAR', 10)).toEqual([]);
      expect(await store.search('   ', 10)).toEqual([]);
      // Re-analysis replaces the indexed text.
      await store.saveDocumentAnalysis(b.id, '1', analysisOf('Harbor reopens', ['The harbor reopened.']), []);
      expect((await store.search('budget', 10)).map((h) => h.documentId)).toEqual([a.id]);
    });
  });
}
