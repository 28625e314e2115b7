// Fetching like a good citizen: robots.txt obeyed, each host paced, redirects followed by hand so
// every hop is checked (scheme, robots, address), 429/5xx retried with bounded backoff honouring
// Retry-After, and conditional requests when the caller knows the page's validators.
import { FetchError, request, type RawResponse, type RequestLimits } from './request.js';
import { HostPacer, realClock, type Clock, type Pacer } from './politeness.js';
import { RobotsCache, type RobotsFetch } from './robots.js';
import { allowAll, isPrivateAddress, type AddressPolicy } from './guard.js';

export const USER_AGENT = 'dateline/0.1 (+https://github.com/dateline)';
/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'dateline';

export interface FetcherOptions {
  /** Requests per second per host (default 1). */
  rate: number;
  /** Allow private, loopback and link-local addresses (--allow-private). */
  allowPrivate: boolean;
  /** Overrides the address rule derived from allowPrivate (tests block one loopback alias). */
  addressPolicy?: AddressPolicy;
  idleTimeoutMs: number;
  totalTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Retries after the first attempt for 429, 5xx and transient network errors. */
  maxRetries: number;
  /** First backoff, doubled on each retry, in ms. */
  backoffMs: number;
  /** A Retry-After longer than this fails the item instead of stalling the run, in ms. */
  maxRetryAfterMs: number;
  clock: Clock;
  /**
   * Pacing shared beyond this process (distributed workers pace each host together through
   * Redis); by default each fetcher paces on its own.
   */
  pacer?: Pacer;
  /** Wraps the robots.txt fetch, so robots.txt files can be cached where all workers see them. */
  sharedRobots?: (fetch: RobotsFetch) => RobotsFetch;
}

export const DEFAULT_FETCHER_OPTIONS: FetcherOptions = {
  rate: 1,
  allowPrivate: false,
  idleTimeoutMs: 15_000,
  totalTimeoutMs: 60_000,
  // Larger than any article page; a bigger body is almost certainly not one.
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  maxRetries: 3,
  backoffMs: 1_000,
  maxRetryAfterMs: 120_000,
  clock: realClock,
};

/** Validators from an earlier fetch of the same URL. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface Fetched extends Validators {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType?: string;
  body: Buffer;
  /** 304: the page has not changed since the validators were issued; body is empty. */
  notModified: boolean;
  fetchedAt: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const RETRYABLE = new Set([429, 500, 502, 503, 504]);

export class Fetcher {
  readonly options: FetcherOptions;
  private readonly pacer: Pacer;
  private readonly robots: RobotsCache;
  private readonly limits: RequestLimits;

  constructor(options: Partial<FetcherOptions> = {}) {
    this.options = { ...DEFAULT_FETCHER_OPTIONS, ...options };
    const { idleTimeoutMs, totalTimeoutMs, maxBytes, allowPrivate, addressPolicy } = this.options;
    this.limits = {
      idleTimeoutMs,
      totalTimeoutMs,
      maxBytes,
      blocks: addressPolicy ?? (allowPrivate ? allowAll : isPrivateAddress),
    };
    this.pacer = this.options.pacer ?? new HostPacer(this.options.rate, this.options.clock);
    const getRobots: RobotsFetch = async (url) => {
      try {
        const r = await this.follow(url, {}, false);
        return { status: r.status, text: r.body.toString('utf8') };
      } catch (err) {
        return { error: (err as Error).message };
      }
    };
    this.robots = new RobotsCache(
      ROBOTS_AGENT,
      this.options.sharedRobots ? this.options.sharedRobots(getRobots) : getRobots,
    );
  }

  /** GETs a URL politely; throws FetchError with a one-line reason when it cannot. */
  async fetch(url: string, validators: Validators = {}): Promise<Fetched> {
    const conditional: Record<string, string> = {};
    if (validators.etag) conditional['if-none-match'] = validators.etag;
    if (validators.lastModified) conditional['if-modified-since'] = validators.lastModified;
    const res = await this.follow(parseUrl(url), conditional, true);
    if (res.status === 304) return { ...meta(res), body: Buffer.alloc(0), notModified: true };
    if (res.status < 200 || res.status >= 300) throw new FetchError(`HTTP ${res.status}`);
    return { ...meta(res), body: res.body, notModified: false };
  }

  /** The sitemaps a host's robots.txt lists. */
  async robotsSitemaps(url: string): Promise<string[]> {
    return (await this.robots.rules(parseUrl(url))).sitemaps();
  }

  private async follow(
    start: URL,
    headers: Record<string, string>,
    obeyRobots: boolean,
  ): Promise<RawResponse & { url: string; fetchedAt: string }> {
    const seen = new Set<string>();
    let url = start;
    for (let hop = 0; ; hop++) {
      if (seen.has(url.href)) throw new FetchError(`redirect loop at ${url.href}`);
      seen.add(url.href);
      if (obeyRobots) await this.checkRobots(url);
      const res = await this.withRetries(url, headers);
      const location = res.headers.location;
      if (!REDIRECTS.has(res.status) || !location) return res;
      if (hop >= this.options.maxRedirects)
        throw new FetchError(`too many redirects (limit ${this.options.maxRedirects})`);
      url = parseUrl(new URL(location, url).href);
    }
  }

  private async checkRobots(url: URL): Promise<void> {
    const rules = await this.robots.rules(url);
    const delay = rules.crawlDelaySeconds();
    if (delay !== undefined) this.pacer.setCrawlDelay(url.host, delay);
    const refusal = rules.refusal(url.href);
    if (refusal) throw new FetchError(refusal);
  }

  private async withRetries(
    url: URL,
    headers: Record<string, string>,
  ): Promise<RawResponse & { url: string; fetchedAt: string }> {
    const { clock, maxRetries } = this.options;
    for (let attempt = 0; ; attempt++) {
      await this.pacer.turn(url.host);
      const fetchedAt = new Date(clock.now()).toISOString();
      let res: RawResponse;
      try {
        res = await request(url, { 'user-agent': USER_AGENT, accept: ACCEPT, ...headers }, this.limits);
      } catch (err) {
        if (!(err instanceof FetchError && err.retryable) || attempt >= maxRetries) throw err;
        await clock.sleep(this.backoff(attempt));
        continue;
      }
      if (!RETRYABLE.has(res.status)) return { ...res, url: url.href, fetchedAt };
      if (attempt >= maxRetries) throw new FetchError(`HTTP ${res.status} after ${maxRetries} retries`);
      const after = retryAfterMs(res.headers['retry-after'], clock.now());
      if (after !== undefined && after > this.options.maxRetryAfterMs) {
        throw new FetchError(
          `HTTP ${res.status}: server asks to retry after ${Math.round(after / 1000)} s (limit ${this.options.maxRetryAfterMs / 1000} s)`,
        );
      }
      await clock.sleep(after ?? this.backoff(attempt));
    }
  }

  /** Exponential backoff with jitter, so retries from many items do not arrive together. */
  private backoff(attempt: number): number {
    return this.options.backoffMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
  }
}

const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

function meta(res: RawResponse & { url: string; fetchedAt: string }): Omit<Fetched, 'body' | 'notModified'> {
  const h = res.headers;
  return {
    url: res.url,
    status: res.status,
    fetchedAt: res.fetchedAt,
    ...(h['content-type'] ? { contentType: h['content-type'] } : {}),
    ...(typeof h.etag === 'string' ? { etag: h.etag } : {}),
    ...(h['last-modified'] ? { lastModified: h['last-modified'] } : {}),
  };
}

/** Retry-After as a delay in ms: delta-seconds or an HTTP date. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Only http(s) URLs are fetched: file:, data: and others could read local resources. */
export function parseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new FetchError(`not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError(`unsupported scheme ${url.protocol} in ${value}`);
  return url;
}
