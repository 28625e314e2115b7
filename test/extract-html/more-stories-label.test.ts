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
});
