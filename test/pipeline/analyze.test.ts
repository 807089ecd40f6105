// The orchestrated pipeline over a real (in-memory) store: incremental runs, corpus boilerplate, borrowed reporting.
import { describe, it, expect } from 'vitest';
import type { MetadataHints, SourceDocument } from '../../src/core/records.js';
import { extractDocument } from '../../src/extract/index.js';
import { MIN_LETTERS_FOR_LANGUAGE } from '../../src/language/detect-language.js';
import { analyzeDocument, analyzeStore } from '../../src/pipeline/analyze.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { item } from '../store/store-contract.js';

const PROMO = 'Coastal Wire is an independent cooperative owned by its readers since 1921.';

function coastalArticle(n: number, topic: string): string {
  return [
    `Coastal Wire`,
    ``,
    `Harbor pilots report ${topic} at Port Hallam`,
    ``,
    `PORT HALLAM — Harbor pilots said on Monday that ${topic} had slowed traffic through the outer channel for the ${n}th day, leaving tankers waiting at anchor beyond the breakwater.`,
    ``,
    PROMO,
    ``,
    `The port authority said it would publish revised schedules for the week and that no vessel had been damaged so far.`,
  ].join('\n');
}

describe('analyzeStore', () => {
  it('analyses only new or changed documents, and regroups only when something changed', async () => {
    const store = await SqliteStore.open(':memory:');
    const run = await store.startRun('ingest', []);
    await store.putDocument(item('a.txt', coastalArticle(1, 'fog'), { hints: { publisher: 'Coastal Wire' } }), run);
    await store.putDocument(item('b.txt', coastalArticle(2, 'a storm surge'), { hints: { publisher: 'Coastal Wire' } }), run);
    expect((await analyzeStore(store)).analyzed).toBe(2);
    const again = await analyzeStore(store);
    expect(again).toMatchObject({ analyzed: 0, regrouped: false });
    await store.putDocument(item('b.txt', coastalArticle(3, 'a storm surge and high winds'), { hints: { publisher: 'Coastal Wire' } }), run);
    expect(await analyzeStore(store)).toMatchObject({ analyzed: 1, regrouped: true });
    await store.close();
  });

  it('removes a line an outlet repeats across its documents, and keeps removing it in later runs', async () => {
    const store = await SqliteStore.open(':memory:');
    const run = await store.startRun('ingest', []);
    const topics = ['fog', 'a storm surge', 'a grounded barge'];
    for (const [i, topic] of topics.entries()) {
      await store.putDocument(item(`c${i}.txt`, coastalArticle(i + 1, topic), { hints: { publisher: 'Coastal Wire' } }), run);
    }
    // A different outlet carrying the same sentence once is not evidence against it.
    await store.putDocument(item('other.txt', coastalArticle(9, 'ice'), { hints: { publisher: 'Harbor Ledger' } }), run);
    await analyzeStore(store);
    let docs = await store.getDocuments();
    for (const doc of docs.filter((d) => d.publisher === 'Coastal Wire')) {
      expect(doc.text).not.toContain('independent cooperative');
      expect(doc.removed).toContainEqual({ text: PROMO, reason: 'repeated-across-outlet' });
      expect(doc.text).toContain('Harbor pilots said on Monday');
    }
    expect(docs.find((d) => d.publisher === 'Harbor Ledger')?.text).toContain('independent cooperative');

    // A later article of the same outlet: the evidence stored earlier still counts.
    await store.putDocument(item('c9.txt', coastalArticle(4, 'a dredger breakdown'), { hints: { publisher: 'Coastal Wire' } }), run);
    await analyzeStore(store);
    docs = await store.getDocuments();
    expect(docs.find((d) => d.key === 'c9.txt')?.text).not.toContain('independent cooperative');
    await store.close();
  });

  it('records borrowed reporting per document and as outlet links per story', async () => {
    const store = await SqliteStore.open(':memory:');
    const run = await store.startRun('ingest', []);
    const body =
      'The Ilsen River burst its banks in Lessing on Friday, forcing about 1,200 residents from their homes, according to Meridian Wire.\n\n' +
      'Rescue crews moved through the Mill Quarter in boats, and the town sports hall was opened as a shelter for families.';
    await store.putDocument(item('ledger.txt', body, { hints: { publisher: 'Harbor Ledger', title: 'Ilsen floods Lessing' } }), run);
    await analyzeStore(store);
    const [doc] = await store.getDocuments();
    expect(doc?.borrowedFrom).toEqual([{ outlet: 'Meridian Wire', cue: expect.stringContaining('Meridian Wire') }]);
    const [listing] = await store.listStories();
    const story = await store.getStory(listing!.id);
    expect(story?.borrowing).toEqual([{ from: 'Meridian Wire', to: 'Harbor Ledger', documentId: doc!.id, cue: expect.any(String) }]);
    await store.close();
  });

  it('estimates a missing publication date from the text, with a confidence below 1', async () => {
    const store = await SqliteStore.open(':memory:');
    const run = await store.startRun('ingest', []);
    const undated =
      'Ferry fares rise again on the Ilsen\n\n' +
      'Ferry operators on the lower Ilsen raised fares on August 3, 2026, for the second time this year, blaming fuel costs.\n\n' +
      'Commuters said the increase would add about 40 thalers a month to their travel costs.';
    await store.putDocument(item('undated.txt', undated), run);
    await store.putDocument(item('dated.txt', 'Dated article about ferries on the Ilsen and their fares.', { hints: { published: '2026-08-01' } }), run);
    await analyzeStore(store);
    const docs = await store.getDocuments();
    const estimated = docs.find((d) => d.key === 'undated.txt');
    expect(estimated?.published?.slice(0, 10)).toBe('2026-08-03');
    expect(estimated?.publishedConfidence).toBeGreaterThan(0);
    expect(estimated?.publishedConfidence).toBeLessThan(1);
    expect(docs.find((d) => d.key === 'dated.txt')).toMatchObject({ published: '2026-08-01', publishedConfidence: 1 });
    await store.close();
  });
});

describe('story scope of multi-topic documents', () => {
  it('keeps a newsletter section out of the stories it does not belong to', async () => {
    const { scopeDocumentsToStory, storyMembership } = await import('../../src/pipeline/analyze.js');
    const newsletter = {
      id: 'd_news',
      title: 'The Morning Briefing',
      publisher: 'The Capital Briefing',
      published: '2026-06-10',
      ingestedAt: '2026-06-10T06:00:00Z',
      text: 'Docks at a standstill. "Our members do," said Kasimir Lund.\n\nThe Accord at three months, because "It is working," said Helena Sarrow.',
      segments: [
        { id: 'd_news:1', text: 'Docks at a standstill. "Our members do," said Kasimir Lund.' },
        { id: 'd_news:2', text: 'The Accord at three months, because "It is working," said Helena Sarrow.' },
      ],
      mentions: [],
      quotes: [],
    };
    const story = { id: 's_accord', title: 'Accord', segmentIds: ['d_news:2'], documentIds: ['d_news'], events: [] };
    const scoped = scopeDocumentsToStory(story, new Map([['d_news', newsletter]]));
    expect(scoped.get('d_news')?.text).toBe('The Accord at three months, because "It is working," said Helena Sarrow.');
    const membership = storyMembership(
      scoped,
      [
        { id: 'q_docks', text: 'Our members do', speakerName: 'Kasimir Lund', speakerEntityId: 'n_lund', documentId: 'd_news', alsoIn: [] },
        { id: 'q_accord', text: 'It is working', speakerName: 'Helena Sarrow', speakerEntityId: 'n_sarrow', documentId: 'd_news', alsoIn: [] },
      ],
      [
        { id: 'n_lund', name: 'Kasimir Lund', type: 'person', aliases: [], documentIds: ['d_news'], merges: [] },
        { id: 'n_sarrow', name: 'Helena Sarrow', type: 'person', aliases: ['Ms. Sarrow'], documentIds: ['d_news'], merges: [] },
        { id: 'n_us', name: 'US', type: 'place', aliases: [], documentIds: ['d_news'], merges: [] },
      ],
    );
    expect(membership).toEqual({ quoteIds: ['q_accord'], entityIds: ['n_sarrow'] });
  });
});

function htmlDoc(body: string, hints: MetadataHints = {}): SourceDocument {
  return { id: 'd_page', key: 'page.html', source: 'page.html', format: 'html', bodyType: 'html', body, hints, ingestedAt: '2026-04-05T00:00:00Z' };
}

function page(lang: string, paragraphs: string[], head = ''): string {
  return `<!doctype html><html lang="${lang}"><head><title>Valley Courier</title>${head}</head><body><article>
<h1>Mill Quarter bridge</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

describe('stated dates and declared language', () => {
  const BRIDGE = [
    'The Mill Quarter bridge in Lessing reopened to traffic on Thursday morning, two weeks after floodwater undermined its eastern pier.',
    'Town engineer Petra Holm said divers had checked every pier and that lorries would be allowed across again from Monday.',
  ];
  const DATES = '<meta property="article:published_time" content="2026-04-02T06:15:00Z"><meta property="article:modified_time" content="2026-04-03T19:40:00Z">';

  it('keeps the publication as published and the stated update as modified', () => {
    const extracted = extractDocument(htmlDoc(page('en', BRIDGE, DATES)));
    expect(extracted).toMatchObject({ published: '2026-04-02T06:15:00Z', modified: '2026-04-03T19:40:00Z', declaredLanguage: 'en' });
    // Nothing stated: both null, and a plain-text body declares nothing.
    expect(extractDocument(htmlDoc(page('en', BRIDGE)))).toMatchObject({ modified: null });
    const text = extractDocument({ ...htmlDoc(BRIDGE.join('\n\n')), bodyType: 'text', format: 'text' });
    expect(text).toMatchObject({ modified: null, declaredLanguage: null });
  });

  it('prefers the language of the text over a template-wide declared one', () => {
    const german = [
      'Die Brücke im Mühlenviertel von Lessing ist seit Donnerstagmorgen wieder für den Verkehr freigegeben.',
      'Stadtingenieurin Petra Holm sagte, Taucher hätten jeden Pfeiler geprüft und Lastwagen dürften ab Montag wieder fahren.',
    ];
    const analysis = analyzeDocument(htmlDoc(page('en', german)));
    expect(analysis.extracted.declaredLanguage).toBe('en');
    expect(analysis.language).toBe('de');
  });

  it('falls back to the declared language when the text is too short to tell, and a caller hint wins over both', () => {
    const short = analyzeDocument(htmlDoc(page('fr-FR', ['Le pont rouvre jeudi.'])));
    // Too few letters for detection (whatever extraction kept), so the page's own declaration decides.
    expect((short.extracted.paragraphs.join(' ').match(/\p{L}/gu) ?? []).length).toBeLessThan(MIN_LETTERS_FOR_LANGUAGE);
    expect(short.language).toBe('fr');
    expect(analyzeDocument(htmlDoc(page('fr-FR', ['Le pont rouvre jeudi.']), { language: 'it' })).language).toBe('it');
    expect(analyzeDocument(htmlDoc(page('en', BRIDGE), { language: 'nl' })).language).toBe('nl');
  });

  it('dates an event by the day its reports name, not by a preview published the day before', async () => {
    const store = await SqliteStore.open(':memory:');
    const run = await store.startRun('ingest', []);
    const put = (key: string, published: string, title: string, lead: string) =>
      store.putDocument(
        item(key, `${lead}\n\nFinance Minister Maria Ostrova said the Velmora flood fund of 2.4 billion thalers would pay for new barriers along the Ilsen and for homes lost in Lessing.`, {
          hints: { publisher: key.split('-')[0], title, published },
        }),
        run,
      );
    // Tuesday 19 May 2026: a preview; the budget itself came on Wednesday the 20th.
    await put('ledger-preview.txt', '2026-05-19', 'Treasury to unveil flood fund on Wednesday', 'Finance Minister Maria Ostrova will unveil the emergency flood budget on Wednesday, officials at the Velmora treasury said.');
    await put('courier-report.txt', '2026-05-20', 'Ostrova unveils 2.4bn flood fund', 'Finance Minister Maria Ostrova unveiled the emergency flood budget on Wednesday, with a 2.4 billion thaler fund for the Ilsen valley.');
    await put('wire-report.txt', '2026-05-21', 'Flood fund passes first reading', 'The emergency flood budget Finance Minister Maria Ostrova unveiled on Wednesday passed its first reading in the assembly late on Thursday.');
    await analyzeStore(store);
    const [listing] = await store.listStories();
    const story = await store.getStory(listing!.id);
    expect(story?.events).toHaveLength(1);
    expect(story?.events[0]?.date).toBe('2026-05-20');
    await store.close();
  });
});
