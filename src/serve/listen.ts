// Binding the workbench to a port. Loopback only unless a host is given: the API reads the whole
// corpus, so exposing it is a decision the operator makes explicitly.
import type { FastifyInstance } from 'fastify';
import type { Store, StoreOptions } from '../store/index.js';
import { buildApp } from './app.js';
import { allowedHostNames, isLoopbackHost } from './access.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;
/** How a server opens its store: searches in two threads (one per core here) with a time limit, so one costly search cannot stall the other requests. */
export const SERVER_STORE_OPTIONS: StoreOptions = Object.freeze({ searchThreads: 2 });

export interface ListenOptions {
  store: Store;
  host?: string;
  port?: number;
  token?: string;
  webRoot?: string;
  /** Host names the server answers to besides its bind address and the loopback names (--allowed-host). */
  allowedHosts?: readonly string[];
  /** Serve reads beyond loopback without a token (--public-read): the operator's explicit choice. */
  publicRead?: boolean;
}

/** Why the server will not start with these options (a public bind nobody secured), or null. */
export function exposureRefusal(opts: Pick<ListenOptions, 'host' | 'token' | 'publicRead'>): string | null {
  const host = opts.host ?? DEFAULT_HOST;
  if (isLoopbackHost(host) || opts.token || opts.publicRead) return null;
  return `refusing to serve on ${host} without a token: anyone on the network could read the whole corpus. Set DATELINE_TOKEN (every request then needs it), or pass --public-read to serve reads to anyone`;
}

/** The warning to print when the corpus is readable from the network without a token, or null. */
export function exposureWarning(opts: Pick<ListenOptions, 'host' | 'token' | 'publicRead'>): string | null {
  const host = opts.host ?? DEFAULT_HOST;
  if (isLoopbackHost(host) || !opts.publicRead) return null;
  return `warning: --public-read: anyone who can reach ${host} can read every record without a token${opts.token ? ' (ingest still needs it)' : ''}`;
}

export async function listen(opts: ListenOptions): Promise<{ app: FastifyInstance; url: string }> {
  const host = opts.host ?? DEFAULT_HOST;
  const refusal = exposureRefusal(opts);
  if (refusal) throw new Error(refusal);
  const app = await buildApp({
    store: opts.store,
    token: opts.token,
    webRoot: opts.webRoot,
    allowedHosts: allowedHostNames(host, opts.allowedHosts),
    // Beyond loopback, a token guards reads too, unless the operator chose --public-read.
    tokenForReads: !isLoopbackHost(host) && !!opts.token && !opts.publicRead,
  });
  await warmUp(app, opts.token);
  try {
    await app.listen({ host, port: opts.port ?? DEFAULT_PORT });
  } catch (err) {
    await app.close();
    throw listenError(err as NodeJS.ErrnoException, host, opts.port ?? DEFAULT_PORT);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? DEFAULT_PORT);
  const shown = host.includes(':') ? `[${host}]` : host;
  return { app, url: `http://${shown}:${port}/` };
}

/**
 * Searches the server answers itself before it takes requests. Its first searches cost 15-25 ms
 * CPU each on the main thread (V8 compiling the request, validation and response paths) where
 * later ones cost 2-4 ms (100,000 records, first requests of bench/serve.ts's searches), and that
 * fell on its first users. Pages past the first (offset 1 and 2), with hits and facets like most
 * answers: the pages people ask for first stay uncached. Their answers are a store's answers,
 * kept in its read cache until a write as any other.
 */
const WARM_UP_PATHS = ['/api/search?offset=1', '/api/search?offset=2'];

async function warmUp(app: FastifyInstance, token: string | undefined): Promise<void> {
  const headers: Record<string, string> = { host: 'localhost' };
  if (token) headers.authorization = `Bearer ${token}`;
  // A failing search (an empty store, a store closing) only leaves the path cold.
  for (const url of WARM_UP_PATHS) await app.inject({ method: 'GET', url, headers }).catch(() => undefined);
}

/** A listen failure a person can act on, in one line (the raw error is a stack trace). */
function listenError(err: NodeJS.ErrnoException, host: string, port: number): Error {
  if (err.code === 'EADDRINUSE')
    return new Error(`port ${port} on ${host} is already in use; choose another with --port`);
  if (err.code === 'EACCES')
    return new Error(
      `no permission to listen on port ${port} (ports below 1024 need privileges); choose another with --port`,
    );
  if (err.code === 'EADDRNOTAVAIL') return new Error(`${host} is not an address of this machine; check --host`);
  return err;
}

/** Serves until SIGINT or SIGTERM, then closes the server and the store and exits. */
export async function serveUntilStopped(opts: ListenOptions): Promise<string> {
  let listening;
  try {
    listening = await listen(opts);
  } catch (err) {
    await opts.store.close();
    throw err;
  }
  const { app, url } = listening;
  const stop = async () => {
    await app.close();
    await opts.store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return url;
}
