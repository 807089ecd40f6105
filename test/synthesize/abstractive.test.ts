// The abstractive path against a real (tiny, local) OpenAI-compatible HTTP server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abstractiveSummary, chatUrl, llmSettingsFromEnv, type LlmSettings } from '../../src/synthesize/abstractive.js';
import { korvaskDocs } from './korvask.js';

const ANSWER = [
  '1. More than 12,000 protesters marched through central Korvask on Saturday, demanding the water authority publish its audit.',
  '2. The Korvask Water Authority will publish the audit on Monday, director Anselm Varga said.',
  '3. The mayor of Korvask resigned on Sunday after the march turned violent.',
].join('\n');

let server: Server;
let base = '';
const requests: { url: string; body: { model: string; messages: { role: string; content: string }[] } }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests.push({ url: req.url ?? '', body: JSON.parse(body) });
      if (req.url === '/broken/chat/completions') {
        res.writeHead(500).end('{"error":"overloaded"}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: ANSWER } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const settings = (url: string): LlmSettings => ({ url, model: 'tiny-test', apiKey: null, charsPerDocument: 2000, maxDocuments: 12, timeoutMs: 10_000 });

describe('abstractive summary through an OpenAI-compatible endpoint', () => {
  it('keeps the sentences the sources support, cited, and drops the invented one', async () => {
    const result = await abstractiveSummary('Korvask water audit protest', korvaskDocs, settings(`${base}/v1`));
    expect(requests.at(-1)!.url).toBe('/v1/chat/completions');
    expect(requests.at(-1)!.body.model).toBe('tiny-test');
    expect(requests.at(-1)!.body.messages[1]!.content).toContain('Lantern Post');
    expect(result.error).toBeNull();
    // The crowd sentence is supported by all three day-1 reports (their figures are compatible wordings); the
    // U-turn by the day-2 report, never by the two that say the authority will not release or hand over the audit.
    expect(result.sentences[0]!.citations).toEqual(['k1', 'k2', 'k3']);
    expect(result.sentences[1]!.citations).toContain('k4');
    expect(result.sentences[1]!.citations).not.toContain('k1');
    expect(result.sentences[1]!.citations).not.toContain('k2');
    expect(result.sentences[0]!.text).toMatch(/^More than 12,000 protesters/);
    expect(result.dropped.map((d) => d.text)).toEqual(['The mayor of Korvask resigned on Sunday after the march turned violent.']);
  });

  it('reports a failing endpoint on the summary instead of throwing', async () => {
    const result = await abstractiveSummary('Korvask water audit protest', korvaskDocs, settings(`${base}/broken`));
    expect(result.sentences).toEqual([]);
    expect(result.error).toMatch(/HTTP 500/);
  });

  it('is off unless DOSSIER_LLM_URL is set, and accepts a base or a full URL', () => {
    expect(llmSettingsFromEnv({})).toBeNull();
    expect(llmSettingsFromEnv({ DOSSIER_LLM_URL: 'http://localhost:8080/v1', DOSSIER_LLM_MODEL: 'm' })).toMatchObject({ model: 'm', apiKey: null });
    expect(chatUrl('http://localhost:8080/v1/')).toBe('http://localhost:8080/v1/chat/completions');
    expect(chatUrl('http://localhost:8080/v1/chat/completions')).toBe('http://localhost:8080/v1/chat/completions');
  });
});
