// A card of another story prints its headline as a link and a one-line summary (a dek) under it,
// in one list item. When the headline is dropped as a link, the summary under it goes with it; the
// article's own list items, whose linked names are kept, keep their descriptions.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const P1 =
  'The city council voted on Tuesday to extend the evening bus service to the northern suburbs, after two years of petitions from residents who work late shifts at the hospital.';
const P2 =
  'The new routes start in March and will run every twenty minutes until midnight, paid for by the parking levy that the council raised last spring.';

const card = (href: string, headline: string, dek: string) =>
  `<li><a href="${href}"><img src="/i/${href.length}.jpg" alt=""></a><div class="item-headlines"><h3><a href="${href}">${headline}</a></h3><h4>${dek}</h4></div></li>`;

describe('story cards after the article', () => {
  it('drop the summary line under a dropped headline link', () => {
    const html = `<html><body><div class="article-body"><p>${P1}</p><p>${P2}</p>
<ul>
${card('/news/bridge-repairs', 'Bridge repairs delayed again', 'The river crossing will stay closed until the summer')}
${card('/news/school-budget', 'School budget passes', 'Teachers get a raise for the first time in four years')}
${card('/news/market-hall', 'Market hall reopens', 'Forty stalls are back after the roof was rebuilt')}
</ul></div></body></html>`;
    const a = extract({ content: html, url: 'https://www.citynews.example/news/bus-service', format: 'html' });
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });

  it("keep the descriptions of the article's own linked list items", () => {
    const html = `<html><body><div class="article-body"><p>${P1}</p>
<ol>
<li><h3><a href="/news/bridge-repairs">Bridge repairs</a></h3><p>The river crossing will stay closed until the summer</p></li>
<li><h3><a href="/news/school-budget">School budget</a></h3><p>Teachers get a raise for the first time in four years</p></li>
</ol>
<p>${P2}</p></div></body></html>`;
    const a = extract({ content: html, url: 'https://www.citynews.example/news/bus-service', format: 'html' });
    expect(a.text).toContain('The river crossing will stay closed until the summer');
    expect(a.text).toContain('Teachers get a raise for the first time in four years');
  });

  it('keep the answer under a question that is an in-page toggle', () => {
    const html = `<html><body><div class="article-body"><p>${P1}</p><p>${P2}</p>
<ul class="faq">
<li><h3><a href="#q1">Is the night bus free?</a></h3><p>No, the usual fares apply on every route</p></li>
<li><h3><a href="#q2">Do the buses take bikes?</a></h3><p>Each bus carries two bikes on a front rack</p></li>
</ul></div></body></html>`;
    const a = extract({ content: html, url: 'https://www.citynews.example/news/bus-service', format: 'html' });
    expect(a.text).toContain('No, the usual fares apply on every route');
  });

  it('keep the short descriptions of an unordered list without pictures', () => {
    const html = `<html><body><div class="article-body"><p>${P1}</p>
<ul>
<li><h3><a href="/news/bridge-repairs">Bridge repairs</a></h3><p>The river crossing will stay closed until the summer</p></li>
<li><h3><a href="/news/school-budget">School budget</a></h3><p>Teachers get a raise for the first time in four years</p></li>
</ul>
<p>${P2}</p></div></body></html>`;
    const a = extract({ content: html, url: 'https://www.citynews.example/news/bus-service', format: 'html' });
    expect(a.text).toContain('The river crossing will stay closed until the summer');
  });
});
