// Link lists inside the article that are its own enumerations, not related-story boxes: an
// ordered list of links between paragraphs (steps, a ranked list, a table of contents), and a
// list of links leaving the site that the article introduces (a paragraph, a heading or a line
// ending in ":" right before it). Related-story lists link within the site and follow nothing
// of the article's; a footer menu of sister sites follows a bare label.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const P1 =
  'Choosing a first telescope is mostly about how you will use it: a small refractor is light enough to carry out every clear night, while a large reflector gathers more light but stays in the garage.';
const P2 =
  'Whichever you pick, spend the first month learning the sky with the naked eye and a planisphere, because a telescope only helps once you know where to point it and what you expect to see.';
const URL_ = 'https://www.stargazer-notes.example/guides/first-telescope';

function page(list: string): string {
  return `<html><body><article class="post-content">
<h1>Your first telescope</h1>
<p>${P1}</p>
${list}
<p>${P2}</p>
</article></body></html>`;
}

const run = (html: string) => extract({ content: html, url: URL_, format: 'html' });

describe('link lists of the article', () => {
  it('keeps an ordered list of links between paragraphs', () => {
    const a = run(
      page(`<ol><li><a href="/guides/refractors">Small refractors</a></li>
<li><a href="/guides/dobsonians">Dobsonian reflectors</a></li>
<li><a href="/guides/mounts">Tracking mounts</a></li></ol>`),
    );
    expect(a.text).toContain('Dobsonian reflectors');
  });

  it('keeps a list of off-site links that a sentence of the article introduces', () => {
    const a = run(
      page(`<p>These shops ship telescopes with a thirty-day return window:</p>
<ul><li><a href="https://www.optics-shop.example/">Optics Shop</a></li>
<li><a href="https://www.skygear.example/">Sky Gear</a></li>
<li><a href="https://www.lens-and-mirror.example/">Lens and Mirror</a></li></ul>`),
    );
    expect(a.text).toContain('Sky Gear');
  });

  it('keeps linked items of a list whose other items are plain text', () => {
    const a = run(
      page(`<ul><li>A red flashlight that keeps your eyes adapted to the dark</li>
<li><a href="/guides/star-charts">Star charts</a></li>
<li>A folding chair and a warm blanket for long sessions</li>
<li><a href="/guides/eyepieces">Spare eyepieces</a></li></ul>`),
    );
    expect(a.text).toContain('Spare eyepieces');
  });

  it('drops a lone handle after a paragraph even when its link leaves the site', () => {
    const a = run(page(`<ul><li><a href="https://social.example/@skywriter">@skywriter</a></li></ul>`));
    expect(a.text).not.toContain('@skywriter');
  });

  it('still drops an unordered list of same-site links (related stories)', () => {
    const a = run(
      page(`<ul><li><a href="/guides/binoculars">Best binoculars for stargazing</a></li>
<li><a href="/guides/light-pollution">How to escape light pollution</a></li></ul>`),
    );
    expect(a.text).not.toContain('escape light pollution');
  });

  it('still drops off-site links under a bare label (a footer menu of sister sites)', () => {
    const a = run(
      page(`<div>Our network</div>
<ul><li><a href="https://www.birdwatch.example/">Bird Watch</a></li>
<li><a href="https://www.trailmaps.example/">Trail Maps</a></li>
<li><a href="https://www.tidetables.example/">Tide Tables</a></li></ul>`),
    );
    expect(a.text).not.toContain('Trail Maps');
  });
});
