// A "more stories" label drops the linked items after it, and only those: a paragraph without a
// link ends the list (a "Suggested reading:" line inside a post is followed by the post again).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const P1 =
  'Most freelance designers find their first client through someone they already know, and few of them needed a degree to do it, according to our survey of two hundred designers.';
const P2 =
  'Ten percent of the people we surveyed landed their first client within two weeks, and most of the rest within three months of starting to look for work.';

function page(afterLabel: string): string {
  return `<html><body><div class="post-content">
<p>${P1}</p>
<div>Suggested reading:</div>
${afterLabel}
</div></body></html>`;
}

describe('more-stories labels', () => {
  it('drop the linked items that follow the label', () => {
    const a = extract({
      content: page(
        '<ul><li><a href="/blog/portfolio-tips">A portfolio</a> you can build in a weekend, with no clients yet</li><li><a href="/blog/pricing">Pricing</a> your first project without fear of losing the client</li></ul>',
      ),
      url: 'https://www.designblog.example/blog/first-client',
      format: 'html',
    });
    expect(a.text).toBe(P1);
  });

  it('stop at the first block without a link', () => {
    const a = extract({
      content: page(`<p>${P2}</p>`),
      url: 'https://www.designblog.example/blog/first-client',
      format: 'html',
    });
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });

  // Popularity lists name their ranking, not a qualifier of "stories": "Most Popular Articles",
  // "Most Read", "Trending News", and lists of videos as well as articles.
  for (const label of [
    'Most Popular Articles',
    'Most Popular Videos',
    'Most Read',
    'Trending News',
    'Most Viewed Stories',
  ]) {
    it(`drop a list labelled "${label}"`, () => {
      const a = extract({
        content: page(
          `<h3>${label}</h3><ul><li><a href="/blog/portfolio-tips">A portfolio you can build in a weekend, with no clients yet</a></li><li><a href="/blog/pricing">Pricing your first project without fear of losing the client</a></li></ul>`,
        ),
        url: 'https://www.designblog.example/blog/first-client',
        format: 'html',
      });
      expect(a.text).toBe(P1);
    });
  }
});

describe('more-stories labels among the article headings', () => {
  it('keep a heading that only mentions popular videos, and the prose after it', () => {
    const a = extract({
      content: `<html><body><div class="post-content"><p>${P1}</p><h2>Popular Types of Marketing Videos</h2><p>${P2} See <a href="/blog/video-types">our guide</a>.</p></div></body></html>`,
      url: 'https://www.designblog.example/blog/first-client',
      format: 'html',
    });
    expect(a.text).toContain('Popular Types of Marketing Videos');
    expect(a.text).toContain('Ten percent of the people');
  });
});
