// The polite fetcher against a real local server: robots.txt, pacing, redirects, address guard,
// retries, timeouts, size limits, compression, content sniffing and conditional requests.
import { describe, expect, it } from 'vitest';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { Fetcher, USER_AGENT } from '../../src/sources/fetch/fetcher.js';
import { isPrivateAddress } from '../../src/sources/fetch/guard.js';
import { urlItem } from '../../src/sources/urls.js';
import { send, startServer } from './server.js';

const fast = { allowPrivate: true, rate: 50, backoffMs: 20 };

describe('fetcher', async () => {
  const srv = await startServer();
  srv.route(
    '/robots.txt',
    send('User-agent: *\nDisallow: /private/\n\nUser-agent: dateline\nDisallow: /no-dateline/\nCrawl-delay: 0.5\n', {
      'content-type': 'text/plain',
    }),
  );
  srv.route('/page', send('<html><body><p>hello</p></body></html>'));
  srv.route('/gz', send(gzipSync('<p>zipped</p>'), { 'content-type': 'text/html', 'content-encoding': 'gzip' }));
  srv.route(
    '/br',
    send(brotliCompressSync('<p>brotli</p>'), { 'content-type': 'text/html', 'content-encoding': 'br' }),
  );

  it('sends its User-Agent and decodes gzip and brotli', async () => {
    const f = new Fetcher(fast);
    expect((await f.fetch(`${srv.url}/page`)).body.toString()).toContain('hello');
    expect((await f.fetch(`${srv.url}/gz`)).body.toString()).toBe('<p>zipped</p>');
    expect((await f.fetch(`${srv.url}/br`)).body.toString()).toBe('<p>brotli</p>');
    expect(srv.log.find((l) => l.path === '/page')!.headers['user-agent']).toBe(USER_AGENT);
  });

  it('obeys robots.txt: its own group, not the * group', async () => {
    const f = new Fetcher(fast);
    await expect(f.fetch(`${srv.url}/no-dateline/x`)).rejects.toThrow(/robots\.txt/);
    expect(srv.hits('/no-dateline/x')).toBe(0);
  });

  it('honours Crawl-delay over a faster --rate', async () => {
    const f = new Fetcher(fast);
    const start = srv.log.length;
    await Promise.all([f.fetch(`${srv.url}/page`), f.fetch(`${srv.url}/page`), f.fetch(`${srv.url}/page`)]);
    const times = srv.log
      .slice(start)
      .filter((l) => l.path === '/page')
      .map((l) => l.at);
    expect(times).toHaveLength(3);
    expect(times[2] - times[0]).toBeGreaterThanOrEqual(2 * 500 - 30);
  });

  it('paces one host at the default one request per second', async () => {
    const other = await startServer();
    other.route('/a', send('<p>a</p>'));
    const f = new Fetcher({ allowPrivate: true });
    await Promise.all([f.fetch(`${other.url}/a`), f.fetch(`${other.url}/a`)]);
    const times = other.log.filter((l) => l.path === '/a').map((l) => l.at);
    // The fetcher paces when it sends; the server logs when a request arrives, and on a loaded
    // machine either arrival can lag by tens of milliseconds. Unpaced, the two arrive within a
    // few milliseconds of each other, so a bound well under the second still tells them apart.
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(800);
  });

  it('follows redirects, and stops loops and long chains', async () => {
    srv.route('/r1', send('', { location: '/r2' }, 301));
    srv.route('/r2', send('', { location: `${srv.url}/page` }, 302));
    srv.route('/loop-a', send('', { location: '/loop-b' }, 302));
    srv.route('/loop-b', send('', { location: '/loop-a' }, 307));
    for (let i = 0; i < 8; i++) srv.route(`/chain${i}`, send('', { location: `/chain${i + 1}` }, 302));
    const f = new Fetcher(fast);
    const got = await f.fetch(`${srv.url}/r1`);
    expect(got.url).toBe(`${srv.url}/page`);
    await expect(f.fetch(`${srv.url}/loop-a`)).rejects.toThrow(/redirect loop/);
    await expect(f.fetch(`${srv.url}/chain0`)).rejects.toThrow(/too many redirects/);
  });

  it('checks robots.txt on every redirect hop', async () => {
    srv.route('/to-disallowed', send('', { location: '/no-dateline/secret' }, 302));
    await expect(new Fetcher(fast).fetch(`${srv.url}/to-disallowed`)).rejects.toThrow(/disallowed by robots\.txt/);
    expect(srv.hits('/no-dateline/secret')).toBe(0);
  });

  it('refuses loopback and private addresses unless allowed, by literal and by DNS', async () => {
    const strict = new Fetcher({ rate: 50 });
    await expect(strict.fetch(`${srv.url}/page`)).rejects.toThrow(/private, loopback or link-local/);
    const port = new URL(srv.url).port;
    await expect(strict.fetch(`http://localhost:${port}/page`)).rejects.toThrow(/refused localhost/);
    expect(
      ['10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1'].every(
        isPrivateAddress,
      ),
    ).toBe(true);
    expect(['8.8.8.8', '2606:4700::1111'].some(isPrivateAddress)).toBe(false);
  });

  it('refuses IPv4-compatible IPv6 literals such as [::127.0.0.1]', async () => {
    expect(['::127.0.0.1', '::7f00:1', '::10.0.0.1', '::169.254.169.254'].every(isPrivateAddress)).toBe(true);
    const port = new URL(srv.url).port;
    await expect(new Fetcher({ rate: 50 }).fetch(`http://[::127.0.0.1]:${port}/page`)).rejects.toThrow(
      /private, loopback or link-local/,
    );
  });

  it('refuses a redirect to a blocked address', async () => {
    const port = new URL(srv.url).port;
    srv.route('/to-internal', send('', { location: `http://127.0.0.2:${port}/page` }, 302));
    // Only the 127.0.0.2 alias is blocked here, so the first hop to 127.0.0.1 may go through.
    const f = new Fetcher({ ...fast, addressPolicy: (a) => a === '127.0.0.2' });
    await expect(f.fetch(`${srv.url}/to-internal`)).rejects.toThrow(/refused 127\.0\.0\.2/);
  });

  it('retries 429 after Retry-After, and gives up on long waits and endless 5xx', async () => {
    let calls = 0;
    srv.route('/busy', (_req, res) => {
      calls++;
      if (calls === 1) return send('slow down', { 'retry-after': '1' }, 429)(_req, res);
      send('<p>ok</p>')(_req, res);
    });
    srv.route('/very-busy', send('come back tomorrow', { 'retry-after': '86400' }, 429));
    srv.route('/broken', send('oops', {}, 503));
    const f = new Fetcher({ ...fast, maxRetryAfterMs: 5_000, maxRetries: 2 });
    const t0 = Date.now();
    expect((await f.fetch(`${srv.url}/busy`)).body.toString()).toBe('<p>ok</p>');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    await expect(f.fetch(`${srv.url}/very-busy`)).rejects.toThrow(/retry after 86400 s/);
    await expect(f.fetch(`${srv.url}/broken`)).rejects.toThrow(/HTTP 503 after 2 retries/);
    expect(srv.hits('/broken')).toBe(3);
  });

  it('times out slow and endless responses', async () => {
    srv.route('/silent', () => undefined);
    srv.route('/endless', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('<p>more</p>'), 20);
      res.on('close', () => clearInterval(timer));
    });
    const f = new Fetcher({ ...fast, idleTimeoutMs: 300, totalTimeoutMs: 800, maxRetries: 1 });
    await expect(f.fetch(`${srv.url}/silent`)).rejects.toThrow(/no data for 300 ms|timed out/);
    await expect(f.fetch(`${srv.url}/endless`)).rejects.toThrow(/timed out after 800 ms/);
    // A silent server may recover, so it is retried; an endless body is not.
    expect(srv.hits('/silent')).toBe(2);
    expect(srv.hits('/endless')).toBe(1);
  });

  it('refuses bodies over the size limit, declared or not', async () => {
    srv.route('/huge', send('x'.repeat(300_000), { 'content-type': 'text/html', 'content-length': '300000' }));
    srv.route('/huge-chunked', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 30; i++) res.write('y'.repeat(10_000));
      res.end();
    });
    srv.route(
      '/zip-bomb',
      send(gzipSync(Buffer.alloc(5_000_000, 0x20)), { 'content-type': 'text/html', 'content-encoding': 'gzip' }),
    );
    const f = new Fetcher({ ...fast, maxBytes: 100_000 });
    await expect(f.fetch(`${srv.url}/huge`)).rejects.toThrow(/too large: 300000 bytes/);
    await expect(f.fetch(`${srv.url}/huge-chunked`)).rejects.toThrow(/too large/);
    await expect(f.fetch(`${srv.url}/zip-bomb`)).rejects.toThrow(/too large/);
  });

  it('refuses an image served as text/html when reading a page', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    srv.route('/fake.html', send(png, { 'content-type': 'text/html' }));
    srv.route('/photo', send(png, { 'content-type': 'image/png' }));
    const f = new Fetcher(fast);
    await expect(urlItem(`${srv.url}/fake.html`, f).read()).rejects.toThrow(/PNG image served as text\/html/);
    await expect(urlItem(`${srv.url}/photo`, f).read()).rejects.toThrow(/content type image\/png/);
  });

  it('makes conditional requests with stored validators', async () => {
    srv.route('/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return send('', { etag: '"v1"' }, 304)(req, res);
      send('<rss/>', {
        'content-type': 'application/rss+xml',
        etag: '"v1"',
        'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT',
      })(req, res);
    });
    const f = new Fetcher(fast);
    const first = await f.fetch(`${srv.url}/feed.xml`);
    expect(first).toMatchObject({ notModified: false, etag: '"v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT' });
    const again = await f.fetch(`${srv.url}/feed.xml`, { etag: first.etag, lastModified: first.lastModified });
    expect(again.notModified).toBe(true);
    expect(srv.log.at(-1)!.headers['if-modified-since']).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
  });

  it('treats a missing robots.txt as allow-all and an erroring one as disallow-all', async () => {
    const none = await startServer();
    none.route('/p', send('<p>p</p>'));
    expect((await new Fetcher(fast).fetch(`${none.url}/p`)).status).toBe(200);
    const erroring = await startServer();
    erroring.route('/robots.txt', send('down', {}, 500));
    erroring.route('/p', send('<p>p</p>'));
    await expect(new Fetcher({ ...fast, maxRetries: 0 }).fetch(`${erroring.url}/p`)).rejects.toThrow(
      /robots\.txt unreachable: HTTP 500/,
    );
    expect(erroring.hits('/p')).toBe(0);
  });
});
