// Security headers on every response. The UI is one bundled script and one stylesheet from this
// origin, so the policy allows nothing inline and nothing from elsewhere.
import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyServerFactory } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Observable Plot and React set style attributes on SVG; no inline <style> blocks or scripts are used.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** Routed responses (app.inject() included) get the headers from a hook. */
export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply) => {
    for (const [name, value] of Object.entries(HEADERS)) reply.header(name, value);
  });
}

/**
 * The HTTP server sets them on every response before Fastify sees the request, so the answers
 * Fastify gives without running hooks (a malformed URL such as /%c0%ae) carry them too.
 */
export const secureServerFactory: FastifyServerFactory = (handler) =>
  http.createServer((req, res) => {
    for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
    handler(req, res);
  });

/** Requests Node cannot parse are answered 400 with the same headers (Fastify's own answer has none). */
export function clientErrorReply(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ statusCode: 400, error: 'Bad Request', message: 'malformed HTTP request' });
  const headers = Object.entries({
    ...HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  });
  socket.end(`HTTP/1.1 400 Bad Request\r\n${headers.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
}
