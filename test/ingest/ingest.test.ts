// Ingest end to end into a real SQLite store: exact and near-duplicates, resuming over finished
// items, changed files read again, failures recorded and retried.
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import type { SqliteStore } from '../../src/store/sqlite/index.js';
import type { ArticleRecord } from '../../src/record/types.js';
import type { SourceEntry } from '../../src/sources/item.js';
import { ingest } from '../../src/ingest/run.js';
import { inputEntries } from '../../src/sources/inputs.js';
import { Fetcher } from '../../src/sources/fetch/fetcher.js';
import { HostPacer, type Pacer } from '../../src/sources/fetch/politeness.js';
import { localEntries } from '../../src/sources/files.js';
import { warcEntries } from '../../src/sources/warc.js';
import { warcBytes } from '../sources/warc-writer.js';
import { tempDir } from '../helpers/tmp.js';
import { send, startServer } from '../sources/server.js';
import { story, storyHtml } from './pages.js';

describe('ingest', () => {
  const dir = tempDir();

  it('stores exact duplicates once and groups near-duplicates under the first record', async () => {
    const pages = join(dir, 'dups');
    mkdirSync(pages);
    writeFileSync(join(pages, 'a-original.html'), storyHtml(1));
    writeFileSync(join(pages, 'b-exact-copy.html'), storyHtml(1));
    writeFileSync(
      join(pages, 'c-wire-copy.html'),
      storyHtml(1, 'Reposted from the City Wire service with permission.'),
    );
    writeFileSync(join(pages, 'd-other.html'), storyHtml(2));
    const store = await openStore(join(dir, 'dups.db'));
    const s = await ingest(localEntries([pages]), store);
    expect(s).toMatchObject({ new: 3, duplicate: 1, nearDuplicate: 1, failed: [] });
    // All stored records, near-duplicates included (records() and search show one per group).
    const rows = await (store as SqliteStore).db.selectFrom('record_json').select('json').execute();
    const records = rows.map((r) => JSON.parse(r.json) as ArticleRecord);
    expect(records).toHaveLength(3);
    const original = records.find((r) => r.source.path!.endsWith('a-original.html'))!;
    const wire = records.find((r) => r.source.path!.endsWith('c-wire-copy.html'))!;
    expect(wire.duplicateOf).toBe(original.id);
    expect(original.duplicateOf ?? null).toBeNull();
    expect(records.find((r) => r.source.path!.endsWith('d-other.html'))!.duplicateOf ?? null).toBeNull();
    // Search shows one per group.
    const hits = await store.search({ text: 'council' });
    expect(hits.hits.map((h) => h.id).sort()).toEqual(
      [original.id, records.find((r) => r.source.path!.endsWith('d-other.html'))!.id].sort(),
    );
    await store.close();
  });

  it('does not read finished items again, but reads a changed file', async () => {
    const pages = join(dir, 'resume');
    mkdirSync(pages);
    for (let i = 0; i < 3; i++) writeFileSync(join(pages, `p${i}.html`), storyHtml(10 + i));
    const store = await openStore(join(dir, 'resume.db'));
    expect(await ingest(localEntries([pages]), store)).toMatchObject({ new: 3 });
    expect(await ingest(localEntries([pages]), store)).toMatchObject({ new: 0, unchanged: 3, alreadyDone: 0 });
    const changed = story(11);
    writeFileSync(
      join(pages, 'p1.html'),
      storyHtml(11).replace(changed.paragraphs[3], 'The vote was later annulled by a court.'),
    );
    expect(await ingest(localEntries([pages]), store)).toMatchObject({ updated: 1, unchanged: 2 });
    expect(await store.count()).toBe(3);
    await store.close();
  });

  it('fetches from different hosts concurrently while pacing each host', async () => {
    const a = await startServer();
    const b = await startServer();
    for (const srv of [a, b])
      for (const i of [1, 2]) srv.route(`/s${i}`, send(storyHtml(60 + i + (srv === b ? 2 : 0))));
    const store = await openStore(join(dir, 'hosts.db'));
    const spec = { inputs: [`${a.url}/s1`, `${a.url}/s2`, `${b.url}/s1`, `${b.url}/s2`] };
    // The real pacer, with the time it gives each host its turn written down: the server's
    // arrival times would also hold the connection set-up, which a busy machine delays.
    const pacer = new HostPacer(1);
    const turns = new Map<string, number[]>();
    const recording: Pacer = {
      setCrawlDelay: (host, seconds) => pacer.setCrawlDelay(host, seconds),
      async turn(host) {
        const at = await pacer.turn(host);
        turns.set(host, [...(turns.get(host) ?? []), at]);
        return at;
      },
    };
    const s = await ingest(
      inputEntries(spec, new Fetcher({ allowPrivate: true, pacer: recording }), store.ingestState),
      store,
    );
    expect(s).toMatchObject({ new: 4, failed: [] });
    const at = (srv: typeof a, path: string) => srv.log.find((l) => l.path === path)!.at;
    // Host b's first page does not wait for host a's second, which waits a second for its turn.
    expect(at(b, '/s1')).toBeLessThan(at(a, '/s2'));
    // Each host's turns (robots.txt, then its pages) are at least a second apart.
    expect([...turns.keys()].sort()).toEqual([new URL(a.url).host, new URL(b.url).host].sort());
    for (const times of turns.values()) {
      expect(times.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(1000);
    }
    await store.close();
  });

  it('reads standard input on every run (it is not tracked for resuming)', async () => {
    const store = await openStore(join(dir, 'stdin.db'));
    async function* stdin(i: number): AsyncGenerator<SourceEntry> {
      yield { item: { key: '-', path: '-', transient: true, read: async () => Buffer.from(storyHtml(i)) } };
    }
    expect(await ingest(stdin(50), store)).toMatchObject({ new: 1, alreadyDone: 0 });
    expect(await ingest(stdin(51), store)).toMatchObject({ alreadyDone: 0, failed: [] });
    await store.close();
  });

  it('records failures with their reason and retries them on the next run', async () => {
    const srv = await startServer();
    let up = false;
    srv.route('/story', (req, res) => (up ? send(storyHtml(20)) : send('down', {}, 404))(req, res));
    srv.route('/image', send(Buffer.from('GIF89a\x01\x00'), { 'content-type': 'text/html' }));
    const store = await openStore(join(dir, 'fail.db'));
    const spec = { inputs: [`${srv.url}/story`, `${srv.url}/image`] };
    const fetcher = () => new Fetcher({ allowPrivate: true, rate: 100 });
    const first = await ingest(inputEntries(spec, fetcher(), store.ingestState), store);
    expect(first.failed).toEqual([
      { input: `${srv.url}/story`, reason: 'HTTP 404' },
      { input: `${srv.url}/image`, reason: 'not a text page (GIF image served as text/html)' },
    ]);
    expect((await store.failures()).map((f) => f.input).sort()).toEqual([`${srv.url}/image`, `${srv.url}/story`]);
    up = true;
    const second = await ingest(inputEntries(spec, fetcher(), store.ingestState), store);
    expect(second).toMatchObject({ new: 1 });
    expect(second.failed).toHaveLength(1);
    expect(await store.failures()).toMatchObject([{ input: `${srv.url}/image`, attempts: 2 }]);
    await store.close();
  });

  it("bounds a page's dates by its WARC capture date, not the clock", async () => {
    // A template stamps a date after the capture (a scheduled post, a review due): WARC-Date
    // reaches extraction as the crawl time, so it is rejected and the date the page shows stands.
    const s = story(60);
    const html = `<!doctype html><html><head><title>${s.title}</title><meta property="article:published_time" content="2023-06-01T08:00:00Z"></head><body><article><h1>${s.title}</h1><p class="date">March 3, 2022</p>${s.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const path = join(dir, 'capture.warc');
    writeFileSync(
      path,
      await warcBytes(
        [{ type: 'response', url: 'https://w.example/a', date: '2022-03-04T00:00:00Z', body: html }],
        false,
      ),
    );
    const store = await openStore(join(dir, 'capture.db'));
    expect(await ingest(warcEntries(path), store)).toMatchObject({ new: 1, failed: [] });
    const rows = await (store as SqliteStore).db.selectFrom('record_json').select('json').execute();
    const record = JSON.parse(rows[0].json) as ArticleRecord;
    expect(record.published).toBe('2022-03-03');
    expect(record.warnings.map((w) => w.code)).toContain('future-date');
    await store.close();
  });
});
