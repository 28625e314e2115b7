// Following citations against real HTTP servers on three loopback addresses (three sites, as link
// domains count them): the pages stored articles cite on other sites are fetched through the URL
// ingest, depth by depth, filtered by site, without fetching a page twice, resuming after
// failures, in the citing article's language only when asked; the CLI's --follow-citations,
// --domains and --same-language, and the SSRF guard without --allow-private.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { ingest } from '../../src/ingest/run.js';
import { followCitations } from '../../src/ingest/follow-citations.js';
import { inputEntries } from '../../src/sources/inputs.js';
import { Fetcher } from '../../src/sources/fetch/fetcher.js';
import { tempDir } from '../helpers/tmp.js';
import { runCliAsync } from './cli.js';
import { send, startServer, type TestServer } from '../sources/server.js';
import { story } from './pages.js';

/** Story `i` as a page whose last paragraph links to `links` (href, anchor text). */
function citingPage(i: number, links: [string, string][]): string {
  const s = story(i);
  const cites = links.map(([href, text]) => `<a href="${href}">${text}</a>`).join(', and ');
  return `<!doctype html><html><head><title>${s.title}</title></head><body>
<nav><a href="/">Home</a> <a href="http://127.0.0.3:1/nav-elsewhere">Partner site</a></nav>
<article><h1>${s.title}</h1>${s.paragraphs.map((p) => `<p>${p}</p>`).join('')}
<p>The council's own notes say as much, as ${cites} reported before the vote.</p></article></body></html>`;
}

let a: TestServer;
let b: TestServer;
let c: TestServer;
const fetcher = () => new Fetcher({ allowPrivate: true, rate: 100 });
/** Paths each site served, robots.txt aside. */
const served = (srv: TestServer) => srv.log.map((l) => l.path).filter((p) => p !== '/robots.txt');

beforeAll(async () => {
  [a, b, c] = await Promise.all([startServer('127.0.0.1'), startServer('127.0.0.2'), startServer('127.0.0.3')]);
  a.route(
    '/seed',
    send(
      citingPage(1, [
        [`${b.url}/one?utm_source=feed`, 'the Bee'],
        [`${b.url}/two`, 'its follow-up'],
        [`${c.url}/three#notes`, 'the Sea'],
        ['/about', 'our own archive'],
      ]),
    ),
  );
  b.route('/one', send(citingPage(2, [[`${c.url}/deep`, 'a deeper source']])));
  b.route('/two', send(citingPage(3, [])));
  c.route('/three', send(citingPage(4, [])));
  c.route('/deep', send(citingPage(5, [])));
  b.route(
    '/german',
    send(`<!doctype html><html lang="de"><head><title>Der Stadtrat stimmt über den Haushalt ab</title></head><body>
<article><h1>Der Stadtrat stimmt über den Haushalt ab</h1>
<p>Der Stadtrat hat am Dienstagabend nach einer langen Debatte über den Haushalt für das kommende Jahr abgestimmt. Die Mehrheit der Mitglieder folgte dem Vorschlag der Verwaltung, obwohl die Opposition deutliche Kürzungen bei den Ausgaben für Straßen gefordert hatte.</p>
<p>Die Bürgermeisterin sagte nach der Sitzung, die Stadt werde in den nächsten Monaten weitere Gespräche mit den Vereinen und Schulen führen, bevor die ersten Mittel ausgezahlt würden.</p>
</article></body></html>`),
  );
  c.route('/english', send(citingPage(8, [])));
});

describe('following citations', () => {
  const dir = tempDir('dateline-follow-');

  it('fetches the pages on other sites that stored articles cite, once, depth 1 then deeper', async () => {
    const store = await openStore(join(dir, 'follow.db'));
    const seed = await ingest(inputEntries({ inputs: [`${a.url}/seed`] }, fetcher(), store.ingestState), store);
    expect(seed).toMatchObject({ new: 1, failed: [] });
    const first = await followCitations(store, fetcher(), { depth: 1 }, { analyze: false });
    expect(first).toMatchObject({ new: 3, failed: [] });
    // Normalised URLs (no tracking parameter, no fragment); not the internal link, nor the navigation's.
    expect(served(b).sort()).toEqual(['/one', '/two']);
    expect(served(c)).toEqual(['/three']);
    expect(served(a)).toEqual(['/seed']);
    // The seed now cites stored articles.
    let seedId = '';
    for await (const r of store.records()) if (r.source.uri === `${a.url}/seed`) seedId = r.id;
    const cites = (await store.citations(seedId))!.cites.filter((l) => !l.internal);
    expect(cites.map((l) => l.recordId !== null)).toEqual([true, true, true]);
    await store.close();
    // Depth 2, into a new database: on through the pages fetched to what they cite, in one run.
    const deep = await openStore(join(dir, 'deep.db'));
    await ingest(inputEntries({ inputs: [`${a.url}/seed`] }, fetcher(), deep.ingestState), deep);
    expect(await followCitations(deep, fetcher(), { depth: 2 }, { analyze: false })).toMatchObject({
      new: 4,
      failed: [],
    });
    expect(served(c).sort()).toEqual(['/deep', '/three', '/three']);
    // Again: everything cited is stored, nothing is fetched.
    const requests = [a, b, c].map((srv) => served(srv).length);
    expect(await followCitations(deep, fetcher(), { depth: 2 }, { analyze: false })).toMatchObject({
      new: 0,
      alreadyDone: 0,
      failed: [],
    });
    expect([a, b, c].map((srv) => served(srv).length)).toEqual(requests);
    expect(await deep.count()).toBe(5);
    await deep.close();
  });

  it('keeps to the sites asked for, and retries a failed page on the next run', async () => {
    const store = await openStore(join(dir, 'domains.db'));
    let up = false;
    a.route(
      '/seed2',
      send(
        citingPage(6, [
          [`${b.url}/flaky`, 'the flaky Bee'],
          [`${c.url}/three`, 'the Sea'],
        ]),
      ),
    );
    b.route('/flaky', (req, res) => (up ? send(citingPage(7, [])) : send('gone for now', {}, 404))(req, res));
    await ingest(inputEntries({ inputs: [`${a.url}/seed2`] }, fetcher(), store.ingestState), store);
    const onlyB = await followCitations(store, fetcher(), { depth: 1, domains: ['127.0.0.2'] }, { analyze: false });
    expect(onlyB.failed).toEqual([{ input: `${b.url}/flaky`, reason: 'HTTP 404' }]);
    expect(onlyB.new).toBe(0);
    up = true;
    const again = await followCitations(store, fetcher(), { depth: 1 }, { analyze: false });
    expect(again).toMatchObject({ new: 2, failed: [] });
    expect(await store.failures()).toEqual([]);
    await store.close();
  });

  it('with sameLanguage, stores only pages in the language of an article citing them', async () => {
    const store = await openStore(join(dir, 'language.db'));
    a.route(
      '/seed3',
      send(
        citingPage(9, [
          [`${b.url}/german`, 'a German report'],
          [`${c.url}/english`, 'an English one'],
        ]),
      ),
    );
    await ingest(inputEntries({ inputs: [`${a.url}/seed3`] }, fetcher(), store.ingestState), store);
    const same = await followCitations(store, fetcher(), { depth: 1, sameLanguage: true }, { analyze: false });
    expect(same).toMatchObject({ new: 1, skipped: { 'other-language': 1 }, failed: [] });
    const languages: string[] = [];
    for await (const r of store.records()) languages.push(r.language);
    expect(languages).toEqual(['en', 'en']);
    // The page skipped is not marked done: without the filter it is fetched and stored.
    const all = await followCitations(store, fetcher(), { depth: 1 }, { analyze: false });
    expect(all).toMatchObject({ new: 1, skipped: {}, failed: [] });
    await store.close();
  });

  it('runs from the CLI: --follow-citations=DEPTH, --domains, and the SSRF guard', async () => {
    const db = join(dir, 'cli.db');
    const ingestArgs = ['--db', db, '--rate', '50', '--workers', '0', '--extract-only', '--json'];
    const guarded = await runCliAsync(['ingest', `${a.url}/seed`, '--follow-citations', ...ingestArgs]);
    // Loopback addresses are refused without --allow-private, the seed itself first; nothing else is tried.
    expect(guarded.status).toBe(1);
    expect(JSON.parse(guarded.stdout)).toMatchObject({ new: 0, failed: [{ input: `${a.url}/seed` }] });
    const seeded = await runCliAsync(['ingest', `${a.url}/seed`, ...ingestArgs, '--allow-private']);
    expect(JSON.parse(seeded.stdout)).toMatchObject({ new: 1 });
    const refused = await runCliAsync(['ingest', '--follow-citations', ...ingestArgs]);
    expect(refused.status).toBe(1);
    const failed = JSON.parse(refused.stdout).failed as { input: string; reason: string }[];
    expect(failed.map((f) => f.input).sort()).toEqual([`${b.url}/one`, `${b.url}/two`, `${c.url}/three`]);
    for (const f of failed) expect(f.reason).toMatch(/private|loopback|not allowed/i);
    const followed = await runCliAsync([
      'ingest',
      '--follow-citations=2',
      '--domains',
      '127.0.0.3',
      ...ingestArgs,
      '--allow-private',
    ]);
    expect(followed.stderr).toBe('');
    // Only the third site: its page cited by the seed (the second site's page citing /deep is not followed).
    expect(JSON.parse(followed.stdout)).toMatchObject({ new: 1, failed: [] });
    const usage = await runCliAsync(['ingest', '--domains', 'x.org', '--db', db]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--domains filters --follow-citations');
    const sameUsage = await runCliAsync(['ingest', '--same-language', '--db', db]);
    expect(sameUsage.status).toBe(2);
    expect(sameUsage.stderr).toContain('--same-language filters --follow-citations');
    const badDepth = await runCliAsync(['ingest', '--follow-citations=0', '--db', db]);
    expect(badDepth.status).toBe(2);
    expect(badDepth.stderr).toContain('is not a depth');
  });
});
