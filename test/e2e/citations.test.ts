// The workbench's citation parts in a real headless Chromium against the real server on a loopback
// port over a SQLite file of pages that cite one another: body links highlighted in the reader (a
// stored target opens in the reader, another shows its URL to open outside), the Cites and Cited
// by lists, and the Sources view with the search filters.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openStore } from '../../src/store/index.js';
import { citingCorpus, CITING_URLS } from '../helpers/citing-pages.js';
import { hasChromium, openWorkbench, type Workbench } from '../helpers/browser.js';

const corpus = citingCorpus();
let workbench: Workbench;
let url: string;
let page: Page;
const pageErrors: string[] = [];

describe.runIf(hasChromium())('citations in the workbench', () => {
  beforeAll(async () => {
    workbench = await openWorkbench('citations', async (dir) => {
      const store = await openStore(join(dir, 'citations.db'));
      for (const r of [corpus.report, corpus.blog, corpus.digest]) await store.put(r);
      return store;
    });
    ({ url, page } = workbench);
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => workbench?.close());

  const shot = (name: string) => workbench.shot(name);
  const panel = () => page.locator('.detail-panel');

  it('highlights the body links; a link to a stored article opens it in the reader', async () => {
    await page.goto(`${url}#/article/${corpus.digest.id}`);
    await page.waitForSelector('.article-text .link-stored');
    // Five body links, none from the navigation or the related box; two point at stored articles.
    const links = await page.locator('.article-text .link').allTextContents();
    expect(links).toEqual([
      'reports the News',
      'walked the valley',
      'agency statement',
      'its map',
      'our earlier roundup',
    ]);
    expect(await page.locator('.article-text .link-stored').allTextContents()).toEqual([
      'reports the News',
      'walked the valley',
    ]);
    await page.locator('.article-text .link', { hasText: 'reports the News' }).click();
    await panel().waitFor();
    const text = (await panel().textContent()) ?? '';
    expect(text).toContain('link to a stored article');
    expect(text).toContain(CITING_URLS.report);
    expect(text).toContain('Floods cut the valley road');
    await shot('reader-links');
    await panel().locator('a', { hasText: 'open it in the reader' }).click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Floods cut the valley road');
    expect(page.url()).toContain(`#/article/${corpus.report.id}`);
  });

  it('shows the URL of a link whose page is not stored, to open outside', async () => {
    await page.goto(`${url}#/article/${corpus.digest.id}`);
    await page.locator('.article-text .link', { hasText: 'agency statement' }).click();
    await panel().waitFor();
    const text = (await panel().textContent()) ?? '';
    expect(text).toContain('link to another site');
    expect(text).toMatch(/URL\s*https:\/\/agency\.example\/statements\/42/);
    expect(await panel().locator('a', { hasText: 'open it in the reader' }).count()).toBe(0);
    const outside = panel().locator('a', { hasText: 'open the page' });
    expect(await outside.getAttribute('href')).toBe('https://agency.example/statements/42');
    expect(await outside.getAttribute('target')).toBe('_blank');
    expect(await outside.getAttribute('rel')).toContain('noopener');
    await page.keyboard.press('Escape');
    // A link within the site is marked as such.
    await page.locator('.article-text .link', { hasText: 'our earlier roundup' }).click();
    expect(await panel().textContent()).toContain('link within the site');
  });

  it('lists what an article cites and which stored articles cite it', async () => {
    await page.goto(`${url}#/article/${corpus.digest.id}`);
    const cites = page.locator('.reader .cites');
    await cites.locator('li').first().waitFor();
    // Each cited page once (the agency statement is linked once here), stored ones first.
    expect(await cites.locator('h2').textContent()).toBe('Cites (5 pages, 2 stored)');
    expect(await cites.locator('li a:not(.jump)').allTextContents()).toEqual([
      'Floods cut the valley road',
      'What the floods left behind',
      'https://agency.example/statements/42',
      'https://www.agency.example/maps',
      'https://digest.example/2022/02/earlier-roundup',
    ]);
    await page.goto(`${url}#/article/${corpus.report.id}`);
    const citedBy = page.locator('.reader .cited-by');
    await citedBy.locator('li').first().waitFor();
    expect(await citedBy.locator('h2').textContent()).toBe('Cited by (2)');
    expect(await citedBy.locator('li a').allTextContents()).toEqual([
      'Floods: a roundup',
      'What the floods left behind',
    ]);
    await shot('reader-cited-by');
    // A citing article opens at its link to this one.
    await citedBy.locator('a', { hasText: 'What the floods left behind' }).click();
    await page.waitForSelector('#target');
    expect(await page.locator('#target').textContent()).toBe('the news report');
  });

  it('lists the most-cited sites with their citing articles, filtered like search', async () => {
    await page.goto(`${url}#/sources`);
    await page.waitForSelector('.sources tbody tr');
    const rows = () =>
      page
        .locator('.sources tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)));
    expect(await rows()).toEqual([
      ['agency.example', '2', '3'],
      ['news.example', '2', '2'],
      ['valleyblog.example', '1', '1'],
    ]);
    const agency = page.locator('.sources tbody tr').first();
    expect(await agency.locator('li a').allTextContents()).toEqual(['Floods: a roundup', 'Floods cut the valley road']);
    await shot('sources');
    // The search page's filters: from 5 March only the digest matches.
    await page.click('.sources .filters summary');
    await page.fill('.sources .filters input[type=date] >> nth=0', '2022-03-05');
    await page.press('.sources input[type=search]', 'Enter');
    await page.waitForFunction(() => location.hash.includes('since=2022-03-05'));
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.sources tbody tr td:nth-child(2)')].every((td) => td.textContent === '1'),
    );
    expect((await rows()).map((r) => r[0])).toEqual(['agency.example', 'news.example', 'valleyblog.example']);
    for (const titles of await page
      .locator('.sources tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('li a')].map((a) => a.textContent))))
      expect(titles).toEqual(['Floods: a roundup']);
    // Words too: the report is the only article about a road "cut ... on Tuesday".
    await page.goto(`${url}#/sources?q=Tuesday`);
    await page.waitForFunction(() => document.querySelectorAll('.sources tbody tr').length === 1);
    expect((await rows())[0]).toEqual(['agency.example', '1', '1']);
    await page.click('.sources a:has-text("Floods cut the valley road")');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Floods cut the valley road');
    expect(pageErrors).toEqual([]);
  });
});
