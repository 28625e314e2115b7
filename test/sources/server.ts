// A real HTTP server on 127.0.0.1 for source tests: routes are plain handlers; every request is logged.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface TestServer {
  url: string;
  /** Paths requested, in order, with the time (ms) each arrived. */
  log: { path: string; at: number; headers: http.IncomingHttpHeaders }[];
  route(path: string, handler: Handler): void;
  hits(path: string): number;
}

export async function startServer(host = '127.0.0.1'): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const log: TestServer['log'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    log.push({ path: req.url ?? '', at: Date.now(), headers: req.headers });
    const handler = routes.get(req.url ?? '') ?? routes.get((req.url ?? '').split('?')[0]);
    if (handler) handler(req, res);
    else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    log,
    route: (path, handler) => void routes.set(path, handler),
    hits: (path) => log.filter((l) => l.path === path).length,
  };
}

/** A handler answering with a body and headers. */
export function send(
  body: string | Buffer,
  headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' },
  status = 200,
): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}

/** An article page long enough to be extracted as one. */
export function articlePage(title: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}
