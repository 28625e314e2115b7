// dropCutExcerpts: story cards cut at a fixed length after the article go; a listing whose
// entries are excerpts, with text of its own between them, stays.
import { describe, expect, it } from 'vitest';
import { Element } from 'domhandler';
import type { Block } from '../../src/extract/html/body/blocks.js';
import { dropCutExcerpts } from '../../src/extract/html/body/cut-excerpts.js';

const block = (text: string): Block => ({ text, linkChars: 0, kind: 'paragraph', el: new Element('p', {}) });
const cut = (s: string) => `${s.padEnd(97, ' x').slice(0, 97)}...`;
const own = (s: string) => block(`${s} is a paragraph of the article itself, written to its own length and not cut.`);

describe('dropCutExcerpts', () => {
  it('drops same-length ellipsis excerpts after the last paragraph of the article', () => {
    const blocks = [own('One'), own('Two'), block(cut('Harbour')), block(cut('Buses')), block(cut('Lights'))];
    expect(dropCutExcerpts(blocks).map((b) => b.text)).toEqual([blocks[0].text, blocks[1].text]);
  });
  it('keeps excerpts that the page interleaves with text of its own', () => {
    const blocks = [
      block(cut('Summit')),
      own('Dates'),
      block(cut('Workshop')),
      own('Venue'),
      block(cut('Expo')),
      own('End'),
    ];
    expect(dropCutExcerpts(blocks)).toHaveLength(blocks.length);
  });
  it('keeps one excerpt repeated (one event on several dates)', () => {
    const blocks = [own('Intro'), block(cut('Summit')), block(cut('Summit')), block(cut('Summit'))];
    expect(dropCutExcerpts(blocks)).toHaveLength(blocks.length);
  });
});
