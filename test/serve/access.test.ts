// Who may talk to a real server on 127.0.0.1: Host headers that name another server (DNS
// rebinding, in Chromium too), anonymous uploads refused before their body is read, the security
// headers on Fastify's own error answers, and binds beyond loopback that need a token.
import { existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { exposureRefusal, exposureWarning, listen, type ListenOptions } from '../../src/serve/listen.js';
import { openStore, type Store } from '../../src/store/index.js';
import { plainRecord } from '../helpers/plain-record.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/browser.js';

const TOKEN = 'access-test-token';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('access to the server', () => {
  const dir = tempDir();
  let store: Store;
  const servers: FastifyInstance[] = [];

  async function serve(opts: Partial<ListenOptions> = {}): Promise<number> {
    const { app } = await listen({ store, port: 0, webRoot: join(dir, 'no-web'), token: TOKEN, ...opts });
    servers.push(app);
    return (app.server.address() as net.AddressInfo).port;
  }

  beforeAll(async () => {
    store = await openStore(join(dir, 'access.db'));
    await store.put(plainRecord('secret.txt', 'The confidential memo about the pipeline deal.'));
  });
  afterAll(async () => {
    for (const app of servers) await app.close();
    await store.close();
  });

  describe('Host header (DNS rebinding)', () => {
    it('answers 421 to a Host that names another server, on every route', async () => {
      const port = await serve();
      for (const path of ['/api/search?q=memo', '/api/openapi.json', '/', '/no/such/page']) {
        const res = await request(port, path, { headers: { host: `attacker.example:${port}` } });
        expect(res.status, path).toBe(421);
        expect(res.body).not.toContain('confidential');
        expect(res.headers['content-security-policy']).toBeDefined();
      }
      for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'LOCALHOST']) {
        expect((await request(port, '/api/search?q=memo', { headers: { host } })).status, host).toBe(200);
      }
    });

    it('answers the names given with --allowed-host', async () => {
      const port = await serve({ allowedHosts: ['dateline.lan'] });
      expect((await request(port, '/api/search', { headers: { host: `dateline.lan:${port}` } })).status).toBe(200);
      expect((await request(port, '/api/search', { headers: { host: 'other.lan' } })).status).toBe(421);
    });

    it.runIf(existsSync(CHROMIUM))(
      'keeps a page on attacker.example (resolving to 127.0.0.1) from reading the API in Chromium',
      async () => {
        const browser = await chromium.launch({
          executablePath: CHROMIUM,
          args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP attacker.example 127.0.0.1'],
        });
        // DNS rebinding, replayed on one port: the attacker's server serves its page, goes away, and
        // the dateline server takes the port, so the page's requests stay same-origin.
        const attack = async (opts: Partial<ListenOptions>) => {
          const attacker = http.createServer((_req, res) => res.end('<title>evil</title>'));
          await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
          const port = (attacker.address() as net.AddressInfo).port;
          const page = await browser.newPage();
          await page.goto(`http://attacker.example:${port}/evil.html`);
          attacker.closeAllConnections();
          await new Promise((resolve) => attacker.close(resolve));
          await serve({ port, ...opts });
          return page.evaluate(async () => {
            try {
              const res = await fetch('/api/search?q=memo');
              return `${res.status} ${await res.text()}`;
            } catch (err) {
              // Chromium may turn a 421 into a network error (ERR_MISDIRECTED_REQUEST).
              return `failed: ${(err as Error).message}`;
            }
          });
        };
        try {
          // A server told to answer that name stands for one without the check: the page reads the corpus.
          expect(await attack({ allowedHosts: ['attacker.example'] })).toMatch(/^200 .*confidential/);
          const seen = await attack({});
          expect(seen).toMatch(/^(421|failed)/);
          expect(seen).not.toContain('confidential');
        } finally {
          await browser.close();
        }
      },
    );
  });

  describe('the ingest token', () => {
    it('refuses an anonymous upload before reading its body', async () => {
      const port = await serve();
      // Headers promise 45 MB and only the first kilobyte is ever sent: a server that read the
      // body before checking the token would wait for the rest and never answer.
      const answer = await new Promise<Answer>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            path: '/api/ingest',
            method: 'POST',
            agent: false,
            headers: { 'content-type': 'application/json', 'content-length': String(45 * 1024 * 1024) },
          },
          (res) => {
            let body = '';
            res.on('data', (c: Buffer) => {
              body += c.toString();
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
          },
        );
        req.on('error', reject);
        req.write(`{"pages":[{"content":"${'x'.repeat(1024)}`);
      });
      expect(answer.status).toBe(401);
      expect(answer.headers['www-authenticate']).toBe('Bearer');
    });

    it('still takes an upload with the token', async () => {
      const port = await serve();
      const res = await request(port, '/api/ingest', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({
          pages: [{ content: 'Officials met in Dushanbe on Monday to discuss the border.', format: 'text' }],
        }),
      });
      expect(res.status, res.body).toBe(200);
      expect(JSON.parse(res.body).new).toBe(1);
    });
  });

  describe('security headers', () => {
    it('are on the answers Fastify gives before any route: a malformed URL, a malformed request', async () => {
      const port = await serve();
      const badUrl = await request(port, '/%c0%ae');
      expect(badUrl.status).toBe(400);
      expect(badUrl.headers['content-security-policy']).toContain("default-src 'self'");
      expect(badUrl.headers['x-content-type-options']).toBe('nosniff');
      const raw = await new Promise<string>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
        let text = '';
        socket.on('data', (d) => {
          text += d.toString();
        });
        socket.on('close', () => resolve(text));
      });
      expect(raw).toMatch(/^HTTP\/1\.1 400/);
      expect(raw).toMatch(/content-security-policy: default-src 'self'/i);
    });
  });

  describe('binding beyond loopback', () => {
    it('is refused without a token, naming the way out', async () => {
      expect(exposureRefusal({ host: '0.0.0.0' })).toMatch(
        /refusing to serve on 0\.0\.0\.0 without a token.*DATELINE_TOKEN.*--public-read/,
      );
      expect(exposureRefusal({ host: '127.0.0.1' })).toBeNull();
      expect(exposureRefusal({ host: '::1' })).toBeNull();
      await expect(listen({ store, host: '0.0.0.0', port: 0 })).rejects.toThrow(/refusing to serve/);
      const cli = await runCli(['serve', '--host', '0.0.0.0', '--port', '0', '--db', join(dir, 'access.db')], {
        env: { DATELINE_TOKEN: '' },
      });
      expect(cli.status).toBe(2);
      expect(cli.stderr).toMatch(/refusing to serve on 0\.0\.0\.0 without a token/);
    });

    it('with a token, needs it for reads too (header, or the cookie a ?token= link sets)', async () => {
      const port = await serve({ host: '0.0.0.0' });
      expect((await request(port, '/api/search?q=memo')).status).toBe(401);
      expect((await request(port, '/api/articles/0000')).status).toBe(401);
      const withHeader = await request(port, '/api/search?q=memo', { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(withHeader.status).toBe(200);
      expect(withHeader.body).toContain('confidential');
      expect((await request(port, '/?token=wrong')).status).toBe(401);
      const link = await request(port, '/?token=' + TOKEN);
      expect(link.status).toBe(303);
      expect(link.headers.location).toBe('/');
      const cookie = String(link.headers['set-cookie']).split(';')[0];
      expect(String(link.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
      expect((await request(port, '/api/search?q=memo', { headers: { cookie } })).status).toBe(200);
    });

    it('with --public-read, serves reads without a token and says so', async () => {
      const port = await serve({ host: '0.0.0.0', token: undefined, publicRead: true });
      expect((await request(port, '/api/search?q=memo')).status).toBe(200);
      expect(exposureWarning({ host: '0.0.0.0', publicRead: true })).toMatch(
        /warning: --public-read: anyone who can reach 0\.0\.0\.0 can read every record/,
      );
      expect(exposureWarning({ host: '127.0.0.1', publicRead: true })).toBeNull();
    });
  });
});
