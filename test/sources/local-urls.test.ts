// Local files and their web addresses: a page's declared canonical URL becomes its source URL,
// `--url-map` gives addresses to pages saved without one (crawl files named by hash), the file
// stays the record's identity, and a folder's items say how far through the folder they are.
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.js';
import { localEntries } from '../../src/sources/files.js';
import { readUrlMap } from '../../src/sources/url-map.js';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const HASH = '042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856';
const page = (title: string, head = '') =>
  `<html><head><title>${title}</title>${head}</head><body><article><h1>${title}</h1>` +
  `<p>${title} was reported on Monday by officials in the capital, who gave no further details about the matter.</p>` +
  `<p>Residents said the situation in the region had been calm for several weeks before the announcement.</p></article></body></html>`;

describe('web addresses of local files', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'pages'));
  writeFileSync(
    join(dir, 'pages', 'canonical.html'),
    page('Canonical story', '<link rel="canonical" href="https://news.example/2022/canonical-story">'),
  );
  writeFileSync(join(dir, 'pages', `${HASH}.html`), page('Hashed story'));
  writeFileSync(
    join(dir, 'pages', 'scripted.html'),
    page('Scripted story', '<link rel="canonical" href="javascript:alert(1)">'),
  );

  it("takes the page's canonical URL as its source URL, only http(s), and keeps the file as its identity", () => {
    const path = join(dir, 'pages', 'canonical.html');
    const a = extract({
      content: page('Canonical story', '<link rel="canonical" href="https://news.example/a">'),
      path,
    });
    expect(a.source).toMatchObject({ uri: 'https://news.example/a', path });
    const b = extract({ content: page('Scripted story', '<link rel="canonical" href="javascript:alert(1)">'), path });
    expect(b.source.uri).toBeUndefined();
    // A URL given by the caller wins over the declared one.
    expect(
      extract({
        content: page('x', '<link rel="canonical" href="https://news.example/a">'),
        url: 'https://other.example/b',
      }).source.uri,
    ).toBe('https://other.example/b');
  });

  it('reads a URL map of JSON lines or "path URL" lines, paths relative to the map, and names each bad line', async () => {
    const map = join(dir, 'map.jsonl');
    writeFileSync(
      map,
      [
        JSON.stringify({ id: HASH, url: 'https://wire.example/hashed', page: `pages/${HASH}.html` }),
        'pages/other.html\thttps://wire.example/other',
        '# a comment',
        '{"page": "pages/x.html"}',
        'pages/y.html ftp://wire.example/y',
        'just-one-field',
      ].join('\n'),
    );
    const { urls, problems } = await readUrlMap(map);
    expect(urls.get(join(dir, 'pages', `${HASH}.html`))).toBe('https://wire.example/hashed');
    expect(urls.get(join(dir, 'pages', 'other.html'))).toBe('https://wire.example/other');
    expect(problems).toEqual([
      `${map}:4: no "url" string`,
      `${map}:5: not an http(s) URL`,
      `${map}:6: expected a path and a URL`,
    ]);
  });

  it('ingest stores the canonical and mapped URLs, so search shows them instead of file names', async () => {
    const db = join(dir, 'urls.db');
    const map = join(dir, 'urls.tsv');
    writeFileSync(map, `pages/${HASH}.html\thttps://wire.example/hashed\n`);
    const r = await runCli([
      'ingest',
      join(dir, 'pages'),
      '--url-map',
      map,
      '--db',
      db,
      '--workers',
      '0',
      '--extract-only',
    ]);
    expect(r.stderr).not.toContain('url-map');
    expect(r.status).toBe(0);
    const store = await openStore(db);
    try {
      const sources = new Map<string, { uri?: string; path?: string }>();
      for await (const rec of store.records()) sources.set(rec.title ?? '', rec.source);
      expect(sources.get('Canonical story')?.uri).toBe('https://news.example/2022/canonical-story');
      expect(sources.get('Hashed story')?.uri).toBe('https://wire.example/hashed');
      expect(sources.get('Scripted story')?.uri).toBeUndefined();
      const hits = (await store.search({ text: 'story' })).hits.map((h) => h.source).sort();
      expect(hits).toEqual(
        [
          join(dir, 'pages', 'scripted.html'),
          'https://news.example/2022/canonical-story',
          'https://wire.example/hashed',
        ].sort(),
      );
    } finally {
      await store.close();
    }
    const missing = await runCli(['ingest', join(dir, 'pages'), '--url-map', join(dir, 'nope.tsv'), '--db', db]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--url-map');
    expect(missing.stderr).toContain('no such file');
  });

  it('gives each item of a folder its share of the folder, counted before the first item', async () => {
    const positions: number[] = [];
    for await (const e of localEntries([join(dir, 'pages')])) if ('item' in e) positions.push(e.item.position ?? -1);
    expect(positions).toEqual([1 / 3, 2 / 3, 1]);
  });
});
