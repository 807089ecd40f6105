// The store contract: every Store implementation (SQLite now, PostgreSQL later) must pass this suite.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { Analysis } from '../../src/contract/analysis.js';
import type { DocumentAnalysis, IngestItem } from '../../src/core/records.js';
import { findTimeExpressions } from '../../src/language/time/index.js';
import { ANALYZER_VERSION, analyzeDocument, segmentsOf } from '../../src/pipeline/analyze.js';
import type { CorpusAnalysis, Store, StoryQuery } from '../../src/store/store.js';

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

export function analysisOf(title: string, paragraphs: string[], published: string | null = null, modified: string | null = null): DocumentAnalysis {
  return {
    extracted: {
      title,
      publisher: 'Harbor Ledger',
      authors: ['Ana Reyes'],
      published,
      modified,
      declaredLanguage: 'en',
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
    timeExpressions: findTimeExpressions(paragraphs.join('\n\n'), published),
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

    it('remembers the last fetch of each URL and replaces it on the next', async () => {
      const url = 'https://www.harbor-ledger.example/news/velmora-flood';
      expect(await store.getFetchState(url)).toBeNull();
      const first = { url, etag: '"v1"', lastModified: 'Thu, 12 Mar 2026 08:30:00 GMT', fetchedAt: '2026-03-12T09:00:00.000Z', documentKey: url };
      await store.putFetchState(first);
      expect(await store.getFetchState(url)).toEqual(first);
      const second = { url, etag: null, lastModified: null, fetchedAt: '2026-03-13T09:00:00.000Z', documentKey: null };
      await store.putFetchState(second);
      expect(await store.getFetchState(url)).toEqual(second);
      expect(await store.getFetchState(`${url}?page=2`)).toBeNull();
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

    it('gives a worker one document with its content hash and analysis label, and relabels only current analyses', async () => {
      const a = await store.putDocument(item('a.txt', 'Ferry fares rose.'), run);
      const b = await store.putDocument(item('b.txt', 'The ferry board met.'), run);
      const fresh = await store.getDocumentToAnalyze(a.id);
      expect(fresh).toMatchObject({ document: { id: a.id, key: 'a.txt', body: 'Ferry fares rose.' }, analyzedHash: null });
      expect(fresh?.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(await store.getDocumentToAnalyze('d_missing')).toBeNull();

      await store.saveDocumentAnalysis(a.id, '4.first-pass', analysisOf('Fares', ['Ferry fares rose.']), []);
      await store.saveDocumentAnalysis(b.id, '3', analysisOf('Board', ['The ferry board met.']), []);
      expect((await store.getDocumentToAnalyze(a.id))?.analyzedHash).toBe(`${fresh?.contentHash}:4.first-pass`);
      // Only analyses carrying the `from` label of the current content move; b's older version stays as it is.
      expect(await store.relabelAnalyses([a.id, b.id], '4.first-pass', '4')).toBe(1);
      expect((await store.listDocumentsToAnalyze('4')).map((d) => d.key)).toEqual(['b.txt']);
      expect(await store.relabelAnalyses([a.id], '4.first-pass', '4')).toBe(0);
    });

    it('keeps one dead letter per job, replaced when the job fails again', async () => {
      expect(await store.listDeadLetters()).toEqual([]);
      const letter = { jobId: 'doc.d_1.abc', documentId: 'd_1', key: 'memo.txt', stage: 'first-pass', error: 'boom', attempts: 4 };
      await store.recordDeadLetter(letter);
      await store.recordDeadLetter({ ...letter, error: 'boom again' });
      await store.recordDeadLetter({ ...letter, jobId: 'refine.c1.d_2', documentId: 'd_2', key: null, stage: 'second-pass' });
      const letters = await store.listDeadLetters();
      expect(letters.map(({ at: _at, ...l }) => l)).toEqual([
        { ...letter, error: 'boom again' },
        { ...letter, jobId: 'refine.c1.d_2', documentId: 'd_2', key: null, stage: 'second-pass' },
      ]);
    });

    it('round-trips analysis and grouping into a valid export', async () => {
      const a = await store.putDocument(item('a.txt', 'A'), run);
      const b = await store.putDocument(item('b.txt', 'B'), run);
      await store.saveDocumentAnalysis(a.id, '1', analysisOf('Velmora flood', ['Waters rose.', 'Residents fled.'], '2026-03-12T08:00:00Z', '2026-03-13T17:45:00Z'), [
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
      // The stated update travels apart from the publication; a document stating none exports null.
      expect(exported.documents.find((d) => d.id === a.id)).toMatchObject({ published: '2026-03-12T08:00:00Z', modified: '2026-03-13T17:45:00Z' });
      expect(exported.documents.find((d) => d.id === b.id)?.modified).toBeNull();
      expect((await store.getDocuments([a.id]))[0]?.modified).toBe('2026-03-13T17:45:00Z');
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

    it('keeps an HTML page\'s stated update apart from its publication, through analysis, storage and export', async () => {
      const page = `<!doctype html><html lang="en"><head><title>Lessing reopens the Mill Quarter bridge | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier">
<meta property="article:published_time" content="2026-04-02T06:15:00Z">
<meta property="article:modified_time" content="2026-04-03T19:40:00Z">
</head><body><article><h1>Lessing reopens the Mill Quarter bridge</h1>
<p>The Mill Quarter bridge in Lessing reopened to traffic on Thursday morning, two weeks after floodwater undermined its eastern pier.</p>
<p>Town engineer Petra Holm said divers had checked every pier and that lorries would be allowed across again from Monday.</p>
</article></body></html>`;
      const put = await store.putDocument(item('courier/bridge.html', page, { format: 'html', bodyType: 'html' }), run);
      const [source] = (await store.listDocumentsToAnalyze(ANALYZER_VERSION)).filter((d) => d.id === put.id);
      const analysis = analyzeDocument(source!);
      expect(analysis.extracted).toMatchObject({ published: '2026-04-02T06:15:00Z', modified: '2026-04-03T19:40:00Z' });
      await store.saveDocumentAnalysis(put.id, ANALYZER_VERSION, analysis, segmentsOf(put.id, analysis));
      const exported = await store.exportAnalysis();
      expect(() => Analysis.parse(exported)).not.toThrow();
      expect(exported.documents.find((d) => d.id === put.id)).toMatchObject({
        published: '2026-04-02T06:15:00Z',
        modified: '2026-04-03T19:40:00Z',
        publishedConfidence: 1,
        language: 'en',
      });
    });

    it('keeps each document\'s resolved time expressions, in the analysed documents and the export', async () => {
      const a = await store.putDocument(item('a.txt', 'A'), run);
      const paragraphs = ['The Assembly approved the flood budget on Wednesday.', 'Ministers will meet again on Friday, and the fund will open in early June.'];
      await store.saveDocumentAnalysis(a.id, '1', analysisOf('Budget approved', paragraphs, '2026-05-21T07:30:00Z'), []);
      const expected = [
        { text: 'Wednesday', value: '2026-05-20', date: '2026-05-20', dateEnd: '2026-05-20', precision: 'day', sentence: 0, tense: 'past' },
        { text: 'Friday', value: '2026-05-22', date: '2026-05-22', precision: 'day', sentence: 1, tense: 'future' },
        { text: 'early June', value: '2026-06', date: '2026-06-01', dateEnd: '2026-06-10', precision: 'month', approximate: true, mod: 'START', sentence: 1 },
      ];
      const [stored] = await store.listAnalyzedDocuments();
      expect(stored?.timeExpressions).toMatchObject(expected);
      const text = stored!.text;
      for (const t of stored!.timeExpressions!) expect(text.slice(t.start, t.end)).toBe(t.text);
      const exported = await store.exportAnalysis();
      expect(() => Analysis.parse(exported)).not.toThrow();
      expect(exported.documents[0]?.timeExpressions).toMatchObject(expected);
      // Re-analysis replaces them.
      await store.saveDocumentAnalysis(a.id, '2', analysisOf('Budget approved', ['No dates here.'], '2026-05-21'), []);
      expect((await store.listAnalyzedDocuments())[0]?.timeExpressions).toEqual([]);
    });

    it('moves its version on every write that changes served records, and only then', async () => {
      const seen = [await store.version()];
      const step = async (write: () => Promise<unknown>) => {
        await write();
        seen.push(await store.version());
      };
      let a = await store.putDocument(item('a.txt', 'Tide gauges failed at Port Ansel.'), run);
      seen.push(await store.version());
      // Unchanged content, runs, failures and fetch state are not served records: the version stays.
      await store.putDocument(item('a.txt', 'Tide gauges failed at Port Ansel.'), run);
      await store.recordFailure(run, 'broken.html', 'no body');
      await store.finishRun(run, { added: 1, updated: 0, unchanged: 1, failed: 1 });
      expect(await store.version()).toBe(seen[seen.length - 1]);
      await step(async () => (a = await store.putDocument(item('a.txt', 'Tide gauges failed at Port Ansel on Monday.'), run)));
      await step(() => store.saveDocumentAnalysis(a.id, '1', analysisOf('Gauges fail', ['Tide gauges failed.']), []));
      await step(() =>
        store.replaceCorpusAnalysis({
          grouping: { duplicates: [], stories: [{ id: 's_tide', title: 'Gauges fail', segmentIds: [], documentIds: [a.id], events: [] }] },
          entities: [],
          quotes: [],
          syntheses: new Map(),
        }),
      );
      await step(() => store.replaceCorpusAnalysis({ grouping: { duplicates: [], stories: [] }, entities: [], quotes: [], syntheses: new Map() }));
      for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]!);
      expect(await store.getStory('s_tide')).toBeNull();
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

    it('queries stories by dates, entity, outlet and words, newest first, one page at a time', async () => {
      const docs: { id: string; story: string }[] = [];
      const add = async (key: string, story: string, publisher: string, title: string, text: string, published: string) => {
        const put = await store.putDocument(item(key, text), run);
        const analysis = analysisOf(title, [text], published);
        await store.saveDocumentAnalysis(put.id, '1', { ...analysis, extracted: { ...analysis.extracted, publisher } }, [{ id: `${put.id}:1`, text }]);
        docs.push({ id: put.id, story });
      };
      await add('f1.txt', 's_flood', 'Harbor Ledger', 'Velmora flood', 'Waters rose along the Ilsen embankment.', '2026-03-12');
      await add('f2.txt', 's_flood', 'Meridian Wire', 'Velmora flood recedes', 'The embankment held as waters fell.', '2026-03-20');
      await add('b1.txt', 's_budget', 'Harbor Ledger', 'Budget vote', 'The treasury budget passed on a narrow vote.', '2026-05-21');
      await add('u1.txt', 's_undated', 'Northgate Post', 'Festival notes', 'A quiet festival closed without a winner.', '2026-01-02');
      const of = (story: string) => docs.filter((d) => d.story === story).map((d) => d.id);
      const segmentsOf = (story: string) => of(story).map((id) => `${id}:1`);
      const storyOf = (id: string, title: string, date: string | null) => ({
        id, title, segmentIds: segmentsOf(id), documentIds: of(id),
        events: [{ id: `e_${id}`, title, date, segmentIds: segmentsOf(id), documentIds: of(id) }],
      });
      await store.replaceCorpusAnalysis({
        grouping: {
          duplicates: [],
          stories: [storyOf('s_flood', 'Velmora flood', '2026-03-12'), storyOf('s_budget', 'Budget vote', '2026-05-21'), storyOf('s_undated', 'Festival notes', null)],
        },
        entities: [
          { id: 'n_ostrova', name: 'Maria K. Ostrova', type: 'person', aliases: ['Ms. Ostrova'], documentIds: of('s_budget'), merges: [] },
          { id: 'n_ilsen', name: 'Ilsen River', type: 'place', aliases: ['Ilsen'], documentIds: of('s_flood'), merges: [] },
        ],
        quotes: [],
        syntheses: new Map(),
        membership: new Map([
          ['s_flood', { quoteIds: [], entityIds: ['n_ilsen'] }],
          ['s_budget', { quoteIds: [], entityIds: ['n_ostrova'] }],
          ['s_undated', { quoteIds: [], entityIds: [] }],
        ]),
      });
      const ids = async (query: Partial<StoryQuery>) =>
        (await store.queryStories({ limit: 10, offset: 0, ...query })).stories.map((s) => s.id);

      const all = await store.queryStories({ limit: 10, offset: 0 });
      expect(all.total).toBe(3);
      expect(all.stories.map((s) => s.id)).toEqual(['s_budget', 's_flood', 's_undated']);
      expect(all.stories[1]).toMatchObject({ documents: 2, events: 1, firstDate: '2026-03-12', outlets: ['Harbor Ledger', 'Meridian Wire'] });
      expect(await ids({ from: '2026-04-01' })).toEqual(['s_budget']);
      expect(await ids({ to: '2026-03-31' })).toEqual(['s_flood']);
      expect(await ids({ from: '2026-03-01', to: '2026-12-31' })).toEqual(['s_budget', 's_flood']);
      expect(await ids({ entity: 'ostrova' })).toEqual(['s_budget']);
      expect(await ids({ entity: 'n_ilsen' })).toEqual(['s_flood']);
      expect(await ids({ entity: 'Nobody' })).toEqual([]);
      expect(await ids({ outlet: 'meridian wire' })).toEqual(['s_flood']);
      expect(await ids({ outlet: 'Harbor Ledger' })).toEqual(['s_budget', 's_flood']);
      expect(await ids({ q: 'embankment' })).toEqual(['s_flood']);
      expect(await ids({ q: 'festival notes' })).toEqual(['s_undated']);
      expect(await ids({ q: 'AND ( "' })).toEqual([]);
      expect(await ids({ outlet: 'Harbor Ledger', from: '2026-04-01' })).toEqual(['s_budget']);
      const page = await store.queryStories({ limit: 1, offset: 1 });
      expect(page).toMatchObject({ total: 3, stories: [{ id: 's_flood' }] });
      expect(await store.listOutlets()).toEqual([
        { outlet: 'Harbor Ledger', documents: 2 },
        { outlet: 'Meridian Wire', documents: 1 },
        { outlet: 'Northgate Post', documents: 1 },
      ]);
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
