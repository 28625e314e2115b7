// The sentence given with each link of the body: the one holding the link, within its paragraph.
// The text is segmented into sentences once for all its links, so a paragraph that ends without a
// full stop must still end its sentence there, and one link's sentence must not be another's.
import { describe, expect, it } from 'vitest';
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
