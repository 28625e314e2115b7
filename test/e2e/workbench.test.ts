// The workbench in a real headless Chromium (Debian's, driven by playwright-core) against the real
// server on a free loopback port over a temporary corpus: search, reader highlights, entity page,
// quotes, timeline and map render, and the hostile page's payloads never run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Store } from '../../src/store/index.js';
import { buildTestCorpus } from '../serve/corpus.js';
import { BASE_PAGES, HOSTILE_GLOBAL, HOSTILE_PAGE } from '../serve/pages.js';
import { hasChromium, openWorkbench, type Workbench } from '../helpers/browser.js';

let workbench: Workbench;
let store: Store;
let ids: Record<string, string>;
let url: string;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

describe.runIf(hasChromium())('workbench in Chromium', () => {
  beforeAll(async () => {
    workbench = await openWorkbench('workbench', async (dir) => {
      const corpus = await buildTestCorpus(dir);
      ids = corpus.ids;
      return corpus.store;
    });
    ({ url, page, store } = workbench);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => workbench?.close());

  const shot = (name: string) => workbench.shot(name);

  it('searches and shows results with snippets, dates, sources and facets', async () => {
    await page.goto(url);
    await page.fill('input[type=search]', 'Dushanbe');
    await page.press('input[type=search]', 'Enter');
    // The results of this query (marked words), not the unfiltered list the page may show first.
    await page.waitForSelector('.hit mark');
    expect(await page.locator('.hit').count()).toBe(3);
    expect(await page.locator('.hit mark').first().textContent()).toBe('Dushanbe');
    expect(await page.locator('.facets').textContent()).toContain('PROTEST');
    expect(await page.locator('.hit .meta').first().textContent()).toMatch(/2022-03-0\d · (gazette|hostile)\.test/);
    await shot('search');
  });

  it('opens an article with highlighted entities, quotes, events and warnings', async () => {
    await page.click('text=Putin Commits to Military Build Up in Tajikistan').catch(async () => {
      await page.goto(`${url}#/article/${ids[BASE_PAGES[0].url]}`);
    });
    await page.waitForSelector('.article-text');
    expect(await page.locator('.article-text .ent-PERSON').count()).toBeGreaterThan(2);
    expect(await page.locator('.article-text .quote').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text .event').count()).toBe(3);
    const title = await page
      .locator('.article-text .ent-PERSON', { hasText: 'Vladimir Putin' })
      .first()
      .getAttribute('title');
    expect(title).toContain('PERSON · Vladimir Putin · title: President');
    expect(await page.locator('.warnings').textContent()).toContain('test-fixture');
    await shot('reader');
  });

  it('opens a panel of what was recognised when a highlight is clicked, even a quote over an entity', async () => {
    const before = page.url();
    // "Tajikistan" inside Putin's quote: both the quote and the place are listed, and the page stays.
    await page.locator('.article-text .quote.ent-GPE', { hasText: 'Tajikistan' }).first().click();
    const panel = page.locator('.detail-panel');
    await panel.waitFor();
    expect(page.url()).toBe(before);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('direct quote');
    expect(text).toMatch(/speaker\s*Vladimir Putin/);
    expect(text).toContain('GPE: Tajikistan');
    expect(text).toMatch(/location\s*38\.50, 71\.00 \(TJ\)/);
    expect(await panel.locator('a', { hasText: 'entity page' }).count()).toBe(1);
    await shot('reader-panel');
    // An event: its modality, actors and place.
    await page.locator('.article-text .event', { hasText: 'meeting' }).first().click();
    const eventText = (await panel.textContent()) ?? '';
    expect(eventText).toContain('event: CONSULT');
    expect(eventText).toMatch(/modality\s*happened/);
    expect(eventText).toMatch(/place\s*Dushanbe/);
    await page.keyboard.press('Escape');
    expect(await panel.count()).toBe(0);
  });

  it('opens an entity page from the reader', async () => {
    await page.locator('.article-text .ent-PERSON', { hasText: 'Vladimir Putin' }).first().click();
    await page.locator('.detail-panel a', { hasText: 'entity page' }).click();
    await page.waitForSelector('.entity h1');
    expect(await page.locator('.entity h1').textContent()).toBe('Vladimir Putin');
    await page.waitForSelector('.entity .plot svg');
    expect(await page.locator('.entity .quotes li').count()).toBe(1);
    expect(await page.locator('.entity aside').textContent()).toContain('Emomali Rakhmon');
    // Counts agree with their nouns: "1 article", never "1 articles".
    const entityText = (await page.locator('.entity').textContent()) ?? '';
    expect(entityText).toMatch(/\b\d+ mentions? in \d+ articles?\b/);
    expect(entityText).not.toMatch(/\b1 (articles|mentions|events)\b/);
    // Dates on the x-axis, never hours; whole numbers of mentions on the y-axis.
    const xTicks = await page.locator('.entity .plot g[aria-label="x-axis tick label"] text').allTextContents();
    expect(xTicks.length).toBeGreaterThan(1);
    for (const t of xTicks) expect(t).not.toMatch(/AM|PM|:\d\d/);
    const yTicks = await page.locator('.entity .plot g[aria-label="y-axis tick label"] text').allTextContents();
    expect(yTicks.length).toBeGreaterThan(1);
    for (const t of yTicks) expect(t).toMatch(/^\d+$/);
    await shot('entity');
  });

  it('lists quotes, and a quote opens the reader scrolled to its highlighted sentence', async () => {
    await page.goto(`${url}#/quotes`);
    await page.waitForSelector('.table tbody tr');
    expect(await page.locator('.table tbody tr').count()).toBe(2);
    // A direct quote carries its own marks: shown once, not doubled.
    const said = await page.locator('.table a', { hasText: 'Our cooperation' }).textContent();
    expect(said).toBe('“Our cooperation is stronger than ever,”');
    await shot('quotes');
    await page.locator('.table a', { hasText: 'actively working' }).click();
    await page.waitForSelector('#target');
    expect(await page.locator('#target').textContent()).toContain('we are actively working');
    expect(await page.locator('#target').isVisible()).toBe(true);
  });

  it('draws the timeline with modality distinguishable', async () => {
    await page.goto(`${url}#/timeline?interval=week`);
    await page.waitForSelector('.timeline .plot svg');
    // Filled dots for what happened, hollow (white fill) for the rest.
    const filled = await page.locator('.timeline .plot svg g[aria-label="dot"]').first().locator('path').count();
    expect(filled).toBeGreaterThan(0);
    expect(await page.locator('.timeline .table tbody tr').count()).toBe(10);
    await shot('timeline');
  });

  it('keeps a far outlier off the timeline and pages its event table', async () => {
    const id = ids[BASE_PAGES[2].url];
    const record = (await store.get(id))!;
    const base = record.events[0];
    // 100 more events in March 2022 and one dated 2002: 111 in all, more than one page of 100.
    const extra = Array.from({ length: 101 }, (_, i) => ({
      ...base,
      id: `x${i}`,
      type: 'SUPPORT' as const,
      time: i === 0 ? '2002-05-01' : `2022-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    }));
    await store.put({ ...record, events: [...record.events, ...extra] });
    try {
      await page.goto(`${url}#/timeline`);
      await page.waitForSelector('.timeline .plot svg');
      expect(await page.locator('.timeline .outliers').textContent()).toMatch(/^1 event dated far outside 2022-/);
      const years = await page.locator('.timeline .plot g[aria-label="x-axis tick label"] text').allTextContents();
      expect(years.join(' ')).not.toMatch(/200\d|201\d/);
      expect(await page.locator('.timeline .table tbody tr').count()).toBe(100);
      expect(await page.locator('.timeline h2').textContent()).toContain('111; 1–100 shown');
      await page.click('.timeline .pager a:has-text("next")');
      await page.waitForFunction(() => document.querySelectorAll('.timeline .table tbody tr').length === 11);
      expect(await page.locator('.timeline .table tbody tr').last().textContent()).toContain('2002-05-01');
      await page.click('.timeline .outliers a');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.timeline .plot g[aria-label="x-axis tick label"] text')].some((t) =>
          /200\d/.test(t.textContent ?? ''),
        ),
      );
    } finally {
      await store.put(record);
    }
  });

  it('draws the map with country outlines and event points', async () => {
    await page.goto(`${url}#/map`);
    await page.waitForSelector('.worldmap .point');
    expect(await page.locator('.worldmap path.country').count()).toBeGreaterThan(150);
    expect(await page.locator('.worldmap .point').count()).toBeGreaterThan(4);
    // Planned, possible and hypothetical events are hollow; filtering by modality keeps only the crossed ones.
    expect(await page.locator('.worldmap .point circle[fill="white"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main').textContent()).not.toMatch(/\b1 (articles|events|located events)\b/);
    await shot('map');
    await page.goto(`${url}#/map?modality=negated`);
    await page.waitForFunction(() => document.querySelectorAll('.worldmap .point circle[fill="white"]').length === 0);
    expect(await page.locator('.worldmap .point path').count()).toBeGreaterThan(0);
  });

  it("draws the legend's shapes, clusters overlapping events, lists a cluster beside the map, zooms and says what is shown", async () => {
    await page.goto(`${url}#/map`);
    // Events and mentioned places load separately, and the map refits its view when either arrives:
    // wait for both (the count line, a place's link, an event's marker) before looking or zooming.
    await page.waitForSelector('.map .shown');
    await page.waitForSelector('.worldmap a .point');
    // Possible is a diamond, as the legend draws it (Afghanistan's clashes).
    await page.waitForSelector('.worldmap .point path[fill="white"]');
    // Dushanbe's events (happened, did not happen, hypothetical) overlap: one cluster with their count.
    const cluster = page.locator('.worldmap .cluster').first();
    expect(Number(await cluster.locator('text').textContent())).toBeGreaterThanOrEqual(3);
    await cluster.click();
    const side = page.locator('.map-side');
    await side.locator('tbody tr').first().waitFor();
    expect(await side.locator('h2').textContent()).toMatch(/^\d+ events at Dushanbe/);
    const rows = await side.locator('tbody tr').count();
    expect(rows).toBe(Number(await cluster.locator('text').textContent()));
    // The list sits beside the map, not below the fold.
    const mapBox = (await page.locator('.worldmap').boundingBox())!;
    const sideBox = (await side.boundingBox())!;
    expect(sideBox.x).toBeGreaterThan(mapBox.x + mapBox.width - 1);
    expect(sideBox.y).toBeLessThan(mapBox.y + mapBox.height);
    // What is drawn out of what matched.
    expect(await page.locator('.map .shown').textContent()).toMatch(/^\d+ located events drawn of \d+ matching events/);
    await shot('map-cluster');
    // Zoom: the button and the wheel both zoom; points move apart, outlines scale as one group.
    const spread = () =>
      page.evaluate(() => {
        const xs = [
          ...document.querySelectorAll('.worldmap .point circle, .worldmap .point rect, .worldmap .point path'),
        ].map((e) => e.getBoundingClientRect().x);
        return Math.max(...xs) - Math.min(...xs);
      });
    const before = await spread();
    await page.click('.zoom-controls button[aria-label="zoom in"]');
    expect(await page.locator('.worldmap').getAttribute('data-zoom')).toBe('2.00');
    await page.mouse.move(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 2);
    await page.mouse.wheel(0, -100);
    await page.waitForFunction(() => document.querySelector('.worldmap')?.getAttribute('data-zoom') === '3.00');
    expect(await spread()).toBeGreaterThan(before * 1.5);
    await page.click('.zoom-controls button[aria-label="reset zoom"]');
    expect(await page.locator('.worldmap').getAttribute('data-zoom')).toBe('1.00');
    // Hypothetical is a dashed square (Dushanbe's, alone once the other modalities are filtered out).
    await page.goto(`${url}#/map?modality=hypothetical`);
    await page.waitForSelector('.worldmap .point rect[stroke-dasharray]');
    expect(await page.locator('.worldmap .point circle[fill="white"]').count()).toBe(0);
  });

  it("shows a local file's hash-like name short, and a facet click starts the results at the top", async () => {
    const id = ids[BASE_PAGES[2].url];
    const record = (await store.get(id))!;
    const hash = '042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856';
    await store.put({ ...record, source: { path: `/data/pages/${hash}.html.gz`, format: 'html' } });
    try {
      await page.setViewportSize({ width: 1280, height: 420 });
      await page.goto(`${url}#/search?q=Dushanbe`);
      await page.waitForSelector('.hit');
      const metas = await page.locator('.hit .meta').allTextContents();
      expect(metas.join('\n')).toContain('042bb7b5….html.gz');
      expect(metas.join('\n')).not.toContain(hash);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
      await page.locator('.facets button').last().click();
      await page.waitForFunction(() => location.hash.includes('since='));
      await page.waitForSelector('.hit');
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
      await store.put(record);
    }
  });

  it('renders the hostile page as text: no script runs, no dialog, no javascript: link', async () => {
    await page.goto(`${url}#/search?q=${encodeURIComponent('Mallory')}`);
    await page.waitForSelector('.hit');
    await page.goto(`${url}#/article/${ids[HOSTILE_PAGE.url]}`);
    await page.waitForSelector('.article-text');
    await page.waitForTimeout(500);
    expect(await page.locator('.article-text').textContent()).toContain(`<script>window.${HOSTILE_GLOBAL}=2`);
    expect(await page.locator('h1').textContent()).toContain('<script>');
    expect(
      await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], HOSTILE_GLOBAL),
    ).toBeUndefined();
    expect(await page.locator('main script, main img, main iframe').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await shot('hostile');
  });
});
