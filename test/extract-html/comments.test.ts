// Comment reading beyond the platform fixtures: generic markup where the date sits in the author
// line or in the text, and comment-named widgets that are not comments.
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractComments } from '../../src/extract/html/comments/index.js';

describe('extractComments', () => {
  it('takes the date from "Name on <date>" and leaves the name', () => {
    const dom = parseDocument(`<ol class="commentlist"><li class="comment" id="comment-7">
      <div class="comment-author">Milan Griffes on September 12, 2018 at 4:47 pm</div>
      <div class="comment-text"><p>Any update on the follow-up paper?</p></div></li></ol>`);
    expect(extractComments(dom)).toEqual([
      { author: 'Milan Griffes', published: '2018-09-12T16:47:00', text: 'Any update on the follow-up paper?' },
    ]);
  });

  it('drops a leading line that repeats the author or only gives the time', () => {
    const dom = parseDocument(`<div class="comment"><span class="username">Woyzeck</span>
      <div><p>Woyzeck</p><p>2 days ago at 07:52 am</p><p>Good to see the keyboard fixed.</p></div></div>`);
    const [c] = extractComments(dom);
    expect(c.author).toBe('Woyzeck');
    expect(c.text).toBe('Good to see the keyboard fixed.');
  });

  it('ignores comment-named widgets that only hold a label', () => {
    const dom = parseDocument(
      '<div class="comment"><a href="#">replies</a></div><span class="comment">3 comments</span>',
    );
    expect(extractComments(dom)).toEqual([]);
  });

  it('reads schema.org Comment microdata', () => {
    const dom =
      parseDocument(`<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Radu P.</span>
      <time datetime="2024-02-07T13:02:00+02:00">7 Feb</time><div itemprop="text"><p>The overtime rules are the real issue.</p></div></div>`);
    expect(extractComments(dom)).toEqual([
      { author: 'Radu P.', published: '2024-02-07T13:02:00+02:00', text: 'The overtime rules are the real issue.' },
    ]);
  });
});
