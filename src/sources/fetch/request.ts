// One HTTP exchange (no redirects followed here): node:http/https with a guarded DNS lookup, an
// idle and a total deadline, a size limit on the decoded body and gzip/br/deflate decoding.
import http from 'node:http';
import https from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { BlockedAddressError, checkLiteralHost, guardedLookup, type AddressPolicy } from './guard.js';

export interface RequestLimits {
  /** No byte for this long: the exchange is abandoned, in ms. */
  idleTimeoutMs: number;
  /** The whole exchange, headers and body, must finish within this, in ms (endless responses). */
  totalTimeoutMs: number;
  /** Largest decoded body accepted, in bytes. */
  maxBytes: number;
  /** Addresses refused, checked on the IP literal or on every address the host resolves to. */
  blocks: AddressPolicy;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export class FetchError extends Error {
  constructor(
    message: string,
    readonly retryable = false,
  ) {
    super(message);
  }
}

const ACCEPT_ENCODING = 'gzip, deflate, br';

/** Statuses whose body we never read (redirects, errors, not modified): a small cap is enough. */
const NO_BODY_NEEDED = (status: number) => status >= 300;

export function request(url: URL, headers: Record<string, string>, limits: RequestLimits): Promise<RawResponse> {
  checkLiteralHost(url, limits.blocks);
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (err: Error | null, res?: RawResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      req.destroy();
      if (err) reject(err);
      else resolve(res!);
    };
    const req = transport.request(url, {
      method: 'GET',
      headers: { 'accept-encoding': ACCEPT_ENCODING, ...headers },
      lookup: guardedLookup(limits.blocks),
      // A fresh connection per exchange: the address check happens on every connect.
      agent: false,
    });
    // A response still running at the deadline (an endless stream) would do so again: not retried.
    const deadline = setTimeout(
      () => finish(new FetchError(`timed out after ${limits.totalTimeoutMs} ms`)),
      limits.totalTimeoutMs,
    );
    req.setTimeout(limits.idleTimeoutMs, () => finish(new FetchError(`no data for ${limits.idleTimeoutMs} ms`, true)));
    req.on('error', (err) => finish(describeNetError(err)));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const declared = Number(res.headers['content-length']);
      if (!NO_BODY_NEEDED(status) && declared > limits.maxBytes) {
        return finish(new FetchError(`too large: ${declared} bytes (limit ${limits.maxBytes})`));
      }
      let body: Readable;
      try {
        body = decoded(res, res.headers['content-encoding']);
      } catch (err) {
        return finish(err as Error);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) return finish(new FetchError(`too large: over ${limits.maxBytes} bytes`));
        chunks.push(chunk);
      });
      body.on('error', (err) => finish(new FetchError(`bad response body: ${err.message}`, true)));
      body.on('end', () => finish(null, { status, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.end();
  });
}

function decoded(res: http.IncomingMessage, encoding: string | undefined): Readable {
  switch ((encoding ?? 'identity').trim().toLowerCase()) {
    case 'identity':
    case '':
      return res;
    case 'gzip':
    case 'x-gzip':
      return res.pipe(createGunzip());
    case 'deflate':
      return res.pipe(createInflate());
    case 'br':
      return res.pipe(createBrotliDecompress());
    default:
      throw new FetchError(`unsupported content encoding "${encoding}"`);
  }
}

/** Network errors as one line; connection failures may be transient, so they are retried. */
function describeNetError(err: Error): Error {
  if (err instanceof FetchError || err instanceof BlockedAddressError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  const transient = ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENETUNREACH'];
  return new FetchError(
    code ? `${code} ${err.message.replace(/^\w+ /, '')}`.trim() : err.message,
    transient.includes(code ?? ''),
  );
}
