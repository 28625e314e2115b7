// Who may talk to the server, decided in onRequest, before any body is read:
// - the Host header must name this server (DNS rebinding: a page on attacker.example whose name
//   resolves to 127.0.0.1 would otherwise read the API "same-origin" from the victim's browser);
// - on a public bind with a token, every API request carries the token (a header, or the cookie
//   a browser gets by opening the workbench once with ?token=).
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Names every loopback server answers to. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
/** The cookie holding the token for the web UI. */
export const TOKEN_COOKIE = 'dateline_token';
const TOKEN_PARAM = 'token';

/** Whether binding to `host` keeps the server on this machine. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare) || bare === '::ffff:127.0.0.1';
}

/** A Host header's name without its port, lower-cased; IPv6 literals keep their brackets. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d*$/, '');
}

/**
 * The host names a server bound to `bind` answers to: loopback names, the bind address itself,
 * every address of this machine when bound to all of them (0.0.0.0, ::), and the extra names.
 */
export function allowedHostNames(bind: string, extra: readonly string[] = []): Set<string> {
  const names = new Set([...LOOPBACK_NAMES, ...extra.map((n) => hostName(n))]);
  const bare = bind.replace(/^\[|\]$/g, '').toLowerCase();
  names.add(isIP(bare) === 6 ? `[${bare}]` : bare);
  if (bare === '0.0.0.0' || bare === '::') {
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) names.add(a.family === 'IPv6' ? `[${a.address.toLowerCase()}]` : a.address);
    }
  }
  return names;
}

/** Answers 421 to a request whose Host header names another server. */
export function hostCheck(app: FastifyInstance, allowed: ReadonlySet<string>): void {
  app.addHook('onRequest', async (req, reply) => {
    const host = req.headers.host;
    if (host && allowed.has(hostName(host))) return;
    await reply.code(421).send({
      statusCode: 421,
      error: 'Misdirected Request',
      message: `this server does not answer to host "${host ?? ''}" (start it with --allowed-host NAME to allow a name)`,
    });
  });
}

/** Compares a presented token with the server's in constant time (hashing first makes the lengths equal). */
export function sameToken(presented: string | undefined, token: string): boolean {
  if (!presented) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(presented), digest(token));
}

export function bearerToken(req: FastifyRequest): string | undefined {
  return /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
}

function cookieToken(req: FastifyRequest): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export async function refuseWithoutToken(reply: FastifyReply): Promise<void> {
  await reply
    .code(401)
    .header('www-authenticate', 'Bearer')
    .send({ statusCode: 401, error: 'Unauthorized', message: 'a valid bearer token is required' });
}

/**
 * Every /api request needs the token; a page opened with ?token=TOKEN sets it as a cookie for the
 * UI's requests (HttpOnly, SameSite=Strict) and is sent on without the token in its address.
 */
export function readToken(app: FastifyInstance, token: string): void {
  app.addHook('onRequest', async (req, reply) => {
    const url = new URL(req.url, 'http://server');
    const offered = url.searchParams.get(TOKEN_PARAM);
    if (offered !== null && !url.pathname.startsWith('/api/')) {
      if (!sameToken(offered, token)) return refuseWithoutToken(reply);
      url.searchParams.delete(TOKEN_PARAM);
      await reply
        .code(303)
        .header('set-cookie', `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`)
        .header('location', url.pathname + url.search)
        .send();
      return;
    }
    if (!url.pathname.startsWith('/api/')) return;
    if (sameToken(bearerToken(req) ?? cookieToken(req), token)) return;
    await refuseWithoutToken(reply);
  });
}
