import { describe, it, expect } from 'vitest';
import { boundNesting } from '../../src/extract/bound-nesting.js';
import { extractDocument } from '../../src/extract/index.js';

const PARAGRAPH =
  '<p>The river authority said the Velmora flood barriers held overnight, and that engineers would inspect the eastern section again on Friday before reopening the riverside road.</p>';

describe('boundNesting', () => {
  it('leaves ordinary pages untouched, including thousands of unclosed paragraphs and list items', () => {
    const page = `<html><body><article><h1>Barriers hold</h1>${'<p>Another short update from the river.'.repeat(5000)}<ul>${'<li>item'.repeat(3000)}</ul></article></body></html>`;
    expect(boundNesting(page)).toBe(page);
  });

  it('counts self-closed tags with attributes as closed, so an icon sprite of 1,500 paths is not read as deep', () => {
    const sprite = `<svg><defs>${'<path d="M0 0h24v24H0z" fill="none"/>'.repeat(1500)}</defs></svg>`;
    const page = `<html><body><header>${sprite}</header><article><h1>Barriers hold</h1>${PARAGRAPH}</article></body></html>`;
    expect(boundNesting(page)).toBe(page);
    const doc = extractDocument({ id: 'd_sprite', key: 'sprite.html', source: 'sprite.html', format: 'html', bodyType: 'html', body: page, hints: {}, ingestedAt: '' });
    expect(doc.paragraphs.join(' ')).toContain('engineers would inspect the eastern section');
  });

  it('drops tags below the depth bound and keeps their text', () => {
    const deep = `<html><body>${'<div class="x">'.repeat(50_000)}${PARAGRAPH}${'</div>'.repeat(50_000)}</body></html>`;
    const bounded = boundNesting(deep, 1000);
    // html and body count too: 1000 levels in all.
    expect(bounded.match(/<div/g)).toHaveLength(998);
    expect(bounded.match(/<\/div>/g)).toHaveLength(998);
    expect(bounded).toContain('engineers would inspect the eastern section');
  });

  it('lets a 200,000-deep page through extraction with its text', () => {
    const body = `<html><body>${'<div>'.repeat(200_000)}${PARAGRAPH}${'</div>'.repeat(200_000)}</body></html>`;
    const doc = extractDocument({ id: 'd_deep', key: 'deep.html', source: 'deep.html', format: 'html', bodyType: 'html', body, hints: {}, ingestedAt: '' });
    expect(doc.paragraphs.join(' ')).toContain('engineers would inspect the eastern section');
  });
});
