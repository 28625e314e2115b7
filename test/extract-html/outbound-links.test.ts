// Link-dense blocks inside the article stay when their one link leaves the site (buy links, a
// results link) and go when it stays on the site (related headlines): both sides of outbound.ts.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const PROSE =
  'The white edition of the wireless controller has dropped twenty dollars ahead of the holiday sales, and its matte finish hides fingerprints better than the glossy models do.';

function page(href: string): string {
  return `<html><body><div class="page-content">
<p>${PROSE}</p>
<ul><li><a href="${href}">Get it on Amazon for $39.99</a></li></ul>
<p>${PROSE.replace('white', 'black')}</p>
</div></body></html>`;
}

const URL_ = 'https://www.pixelpost.example/deals/2023/11/20/daily-deals';

describe('off-site links in link-dense blocks', () => {
  it('keeps a lone off-site link between paragraphs, with its link', () => {
    const a = extract({ content: page('https://go.affiliate-hub.example/u/a41x'), url: URL_, format: 'html' });
    expect(a.text).toContain('Get it on Amazon for $39.99');
    expect((a.links ?? []).map((l) => l.url)).toEqual(['https://go.affiliate-hub.example/u/a41x']);
  });

  it('drops the same block when its link stays on the site', () => {
    const a = extract({ content: page('/deals/2023/11/19/best-tv-deals'), url: URL_, format: 'html' });
    expect(a.text).not.toContain('Get it on Amazon');
    expect(a.links).toEqual([]);
  });

  it('drops it when the page has no known address (internal and external cannot be told apart)', () => {
    const a = extract({ content: page('https://go.affiliate-hub.example/u/a41x'), format: 'html' });
    expect(a.text).not.toContain('Get it on Amazon');
  });
});
