// The sentence given with each link of the body: the one holding the link, within its paragraph.
// Each paragraph holding a link is segmented into sentences on its own (once for all its links),
// so a paragraph that ends without a full stop must still end its sentence there, and one link's
// sentence must not be another's.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../../src/extract/index.js';

const URL_ = 'https://www.harbour-notes.example/news/ferry-timetable';

const html = `<html><body><article>
<h1>Winter ferry timetable</h1>
<p>The harbour board publishes the winter timetable this week. Crossings start at six, as the <a href="https://www.harbour-board.example/timetable">board's timetable</a> shows, and end at nine</p>
<p>Passengers with bicycles should book ahead through the <a href="/bookings">booking page</a> for every crossing. Fares stay as they were last winter and the season tickets keep their price too.</p>
<p>The <a href="https://www.weather-office.example/marine">marine forecast</a> decides whether the last crossing sails</p>
</article></body></html>`;

describe('the sentences of the body links', () => {
  const article = extract({ content: html, url: URL_, format: 'html' });
  const links = article.links ?? [];

  it('gives each link the sentence of its paragraph that holds it, with its span in the text', () => {
    expect(links.map((l) => l.sentence.text)).toEqual([
      "Crossings start at six, as the board's timetable shows, and end at nine",
      'Passengers with bicycles should book ahead through the booking page for every crossing.',
      'The marine forecast decides whether the last crossing sails',
    ]);
    for (const l of links) expect(article.text.slice(l.sentence.span[0], l.sentence.span[1])).toBe(l.sentence.text);
  });
});

describe('segmenting by paragraph', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // Node 20's Segments.containing() copies the whole segmented string on every call, so segmenting
  // the page's text once made each link cost a copy of the page: only paragraphs are segmented.
  it('segments no string longer than a paragraph, and each paragraph once for all its links', () => {
    const paragraphs = Array.from(
      { length: 40 },
      (_, i) =>
        `<p>Report ${i} of the harbour board came out today. It cites the <a href="https://www.board.example/r/${i}">minutes</a> and the <a href="https://www.board.example/v/${i}">vote</a> of the board. Nobody objected.</p>`,
    );
    const page = `<html><body><article><h1>Harbour reports</h1>${paragraphs.join('\n')}</article></body></html>`;
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    const article = extract({ content: page, url: URL_, format: 'html' });
    const links = article.links ?? [];
    const sentenceSegmenting = segment.mock.calls.map(([s]) => s.length);
    const longest = Math.max(...article.paragraphs.map(([a, b]) => b - a));
    expect(links).toHaveLength(80);
    expect(Math.max(...sentenceSegmenting)).toBeLessThanOrEqual(longest);
    expect(sentenceSegmenting.length).toBeLessThanOrEqual(40);
    expect(new Set(links.map((l) => l.sentence.span[0])).size).toBe(40);
    for (const l of links) expect(l.sentence.text).toMatch(/^It cites the minutes and the vote of the board\.$/);
  });

  // What the change rests on: in a text whose paragraphs are joined by two line feeds, the sentence
  // holding a position is the same whether the whole text or the paragraph alone is segmented.
  it('finds the same sentences in a paragraph alone as in the whole text (seeded random texts)', () => {
    let seed = 357;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = [
      'word',
      'Word',
      'Mr.',
      'U.S.',
      '3.5',
      'etc.',
      ' ',
      '  ',
      '. ',
      '? ',
      '! ',
      '.” ',
      '.) ',
      '\n',
      ', ',
      '’',
      'é',
      '…',
      ';',
    ];
    const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    for (let t = 0; t < 200; t++) {
      const paras = Array.from({ length: 1 + random(5) }, () => {
        let s = '';
        for (let k = 0, n = 1 + random(30); k < n; k++) s += pieces[random(pieces.length)] + (random(2) ? ' ' : '');
        return s.trim() || 'word';
      });
      const text = paras.join('\n\n');
      const whole = seg.segment(text);
      let at = 0;
      for (const p of paras) {
        const alone = seg.segment(p);
        for (let i = 0; i < p.length; i++) {
          const a = whole.containing(at + i)!;
          const b = alone.containing(i)!;
          expect([b.index + at, b.segment.trimEnd()]).toEqual([a.index, a.segment.trimEnd()]);
        }
        at += p.length + 2;
      }
    }
  });
});
