// The CLI as a user runs it: a kill -9 in the middle of an ingest and a resume that ends with
// exactly the right records; WARC archives; `errors`; `watch` with conditional polling.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../helpers/tmp.js';
import { send, startServer } from '../sources/server.js';
import { warcBytes } from '../sources/warc-writer.js';
import { runCli } from '../helpers/cli.js';
import { runCliAsync, startCli } from './cli.js';
import { story, storyHtml } from './pages.js';

const PAGES = 40;

function query<T>(db: string, sql: string): T[] {
  const conn = new BetterSqlite3(db, { readonly: true });
  try {
    return conn.prepare(sql).all() as T[];
  } finally {
    conn.close();
  }
}

function doneCount(db: string): number {
  try {
    return query<{ n: number }>(db, 'SELECT count(*) AS n FROM ingest_items')[0].n;
  } catch {
    return 0; // not created yet
  }
}

describe('dateline ingest (CLI)', () => {
  const dir = tempDir();

  it('resumes after kill -9 without fetching finished pages again and ends with exactly the right records', async () => {
    const srv = await startServer();
    for (let i = 0; i < PAGES; i++) {
      srv.route(`/p/${i}`, (req, res) => setTimeout(() => send(storyHtml(i))(req, res), 100));
    }
    const list = join(dir, 'urls.txt');
    writeFileSync(list, Array.from({ length: PAGES }, (_, i) => `${srv.url}/p/${i}`).join('\n') + '\n');
    const db = join(dir, 'resume.db');
    const args = [
      'ingest',
      '--urls-from',
      list,
      '--db',
      db,
      '--allow-private',
      '--rate',
      '8',
      '--workers',
      '0',
      '--json',
    ];

    const first = startCli(args);
    // Kill once some pages are stored and others are still to come.
    while (doneCount(db) < 8) await new Promise((r) => setTimeout(r, 50));
    first.child.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');

    const doneAfterKill = query<{ key: string }>(db, 'SELECT key FROM ingest_items').map((r) => r.key);
    expect(doneAfterKill.length).toBeGreaterThan(0);
    expect(doneAfterKill.length).toBeLessThan(PAGES);
    const before = srv.log.length;

    const second = await runCli(args);
    expect(second.status).toBe(0);
    const summary = JSON.parse(second.stdout);
    expect(summary.alreadyDone).toBe(doneAfterKill.length);
    expect(summary.failed).toEqual([]);
    // Pages finished before the kill were not fetched again.
    const refetched = srv.log.slice(before).filter((l) => doneAfterKill.includes(`${srv.url}${l.path}`));
    expect(refetched).toEqual([]);

    const rows = query<{ uri: string; title: string }>(db, 'SELECT uri, title FROM records ORDER BY uri');
    expect(rows).toHaveLength(PAGES);
    expect(new Set(rows.map((r) => r.uri)).size).toBe(PAGES);
    for (let i = 0; i < PAGES; i++) expect(rows.find((r) => r.uri === `${srv.url}/p/${i}`)?.title).toBe(story(i).title);
  });

  it('ingests a WARC.gz, counts skipped records, and resumes over it', async () => {
    const path = join(dir, 'crawl.warc.gz');
    writeFileSync(
      path,
      await warcBytes(
        [
          { type: 'warcinfo', url: '', body: 'software: test' },
          ...[0, 1, 2].flatMap((i) => [
            { type: 'request' as const, url: `https://w.example/${i}`, body: '' },
            {
              type: 'response' as const,
              url: `https://w.example/${i}`,
              date: `2022-03-0${i + 1}T00:00:00Z`,
              body: storyHtml(30 + i),
            },
          ]),
          { type: 'response', url: 'https://w.example/logo.png', contentType: 'image/png', body: 'PNG' },
        ],
        true,
      ),
    );
    const db = join(dir, 'warc.db');
    const run = await runCli(['ingest', path, '--db', db, '--json', '--workers', '1']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      new: 3,
      skipped: { 'warc warcinfo': 1, 'warc request': 3, 'warc response image/png': 1 },
    });
    const rows = query<{ uri: string; json: string }>(
      db,
      'SELECT r.uri, j.json FROM records r JOIN record_json j ON j.seq = r.seq ORDER BY r.uri',
    );
    expect(rows.map((r) => [r.uri, JSON.parse(r.json).source.fetchedAt, JSON.parse(r.json).source.format])).toEqual(
      [0, 1, 2].map((i) => [`https://w.example/${i}`, `2022-03-0${i + 1}T00:00:00Z`, 'warc']),
    );
    const again = await runCli(['ingest', path, '--db', db, '--json', '--workers', '0']);
    expect(JSON.parse(again.stdout)).toMatchObject({ new: 0, alreadyDone: 3 });
  });

  it('takes URLs on standard input with --urls-from -', async () => {
    const srv = await startServer();
    srv.route('/a', send(storyHtml(70)));
    srv.route('/b', send(storyHtml(71)));
    const db = join(dir, 'stdin-urls.db');
    const run = await runCliAsync(
      ['ingest', '--urls-from', '-', '--db', db, '--allow-private', '--rate', '50', '--workers', '0', '--json'],
      `${srv.url}/a\n# comment\n${srv.url}/b\n`,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ new: 2, failed: [] });
    expect(query<{ uri: string }>(db, 'SELECT uri FROM records ORDER BY uri').map((r) => r.uri)).toEqual([
      `${srv.url}/a`,
      `${srv.url}/b`,
    ]);
  });

  it('lists failures with `dateline errors`, and exits 1 when an input failed', async () => {
    const db = join(dir, 'errors.db');
    const run = await runCli(['ingest', join(dir, 'missing.html'), '--db', db, '--workers', '0']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/1 failed/);
    const errors = await runCli(['errors', '--db', db, '--json']);
    expect(JSON.parse(errors.stdout)).toMatchObject([
      { input: join(dir, 'missing.html'), reason: 'no such file or folder', attempts: 1 },
    ]);
  });

  it('watch polls feeds conditionally and ingests only what is new', async () => {
    const srv = await startServer();
    const LONG = story(40).paragraphs.join(' ').repeat(2);
    srv.route('/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return send('', { etag: '"v1"' }, 304)(req, res);
      send(
        `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>
        <item><title>Inline</title><link>${srv.url}/inline</link><pubDate>Tue, 01 Mar 2022 09:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${LONG}</p>]]></content:encoded></item>
        <item><title>Linked</title><link>${srv.url}/linked</link><description>Teaser.</description></item></channel></rss>`,
        { 'content-type': 'application/rss+xml', etag: '"v1"' },
      )(req, res);
    });
    srv.route('/linked', send(storyHtml(41)));
    const feeds = join(dir, 'feeds.txt');
    writeFileSync(feeds, `# my feeds\n${srv.url}/feed.xml\n`);
    const db = join(dir, 'watch.db');
    const run = await runCli([
      'watch',
      '--feeds',
      feeds,
      '--every',
      '1s',
      '--polls',
      '2',
      '--db',
      db,
      '--allow-private',
      '--rate',
      '20',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/poll 1: 2 new/);
    expect(run.stdout).toMatch(/poll 2: 0 new/);
    const feedHits = srv.log.filter((l) => l.path === '/feed.xml');
    expect(feedHits).toHaveLength(2);
    expect(feedHits[1].headers['if-none-match']).toBe('"v1"');
    expect(srv.hits('/inline')).toBe(0);
    expect(srv.hits('/linked')).toBe(1);
    const rows = query<{ uri: string; published: string; format: string }>(
      db,
      'SELECT uri, published, format FROM records ORDER BY uri',
    );
    expect(rows).toMatchObject([
      { uri: `${srv.url}/inline`, format: 'feed' },
      { uri: `${srv.url}/linked`, format: 'html' },
    ]);
    expect(rows[0].published).toMatch(/^2022-03-01/);
  });
});
