import { describe, expect, it } from 'vitest';
import { readComments } from '../../src/extract/text/comments.js';
import { toLines } from '../../src/extract/text/lines.js';

const read = (text: string) => readComments(toLines(text), 0, { reference: '2022-03-07' });

describe('readComments', () => {
  it('reads Blogger comments: "X said...", text, then the date', () => {
    expect(
      read(
        '2 comments:\n\nAnonymous said...\n\nFirst point.\n\nSecond point.\n\nMarch 7, 2022 at 6:12 PM\n\nTimur K. said...\n\nAgreed.\n\nMarch 8, 2022 at 9:40 AM\n\nPost a Comment\n\nNewer Post',
      ),
    ).toEqual([
      { author: null, published: '2022-03-07T18:12:00', text: 'First point.\n\nSecond point.' },
      { author: 'Timur K.', published: '2022-03-08T09:40:00', text: 'Agreed.' },
    ]);
  });
  it('reads WordPress comments: "X says:", the date, text and a Reply button', () => {
    expect(
      read(
        '2 thoughts on “A post”\n\nDaniyar says:\nMarch 4, 2022 at 9:15 am\nThe port is the bottleneck.\nReply\n\nLeave a Reply',
      ),
    ).toEqual([{ author: 'Daniyar', published: '2022-03-04T09:15:00', text: 'The port is the bottleneck.' }]);
  });
  it('reads news-site comments: a name above a date', () => {
    const c = read(
      'Comments (2)\nKestrel_77\n14 April 2022 11:20\nNo surprise.\nReply\nT. Banerjee\n15 April 2022 08:02\nThe plan is dead.\nLoad more comments',
    );
    expect(c.map((x) => [x.author, x.published, x.text])).toEqual([
      ['Kestrel_77', '2022-04-14T11:20:00', 'No surprise.'],
      ['T. Banerjee', '2022-04-15T08:02:00', 'The plan is dead.'],
    ]);
  });
  it('finds none after "No comments:" or without a comment header', () => {
    expect(read('No comments:\n\nPost a Comment')).toEqual([]);
    expect(read('Just a paragraph of text.')).toEqual([]);
  });
});
