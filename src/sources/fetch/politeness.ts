// Per-host pacing: requests to one host are spaced by the larger of our rate limit and the
// host's Crawl-delay; different hosts proceed concurrently. A clock is injected for tests.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};

/** Longest Crawl-delay we honour, in seconds: beyond it a site is effectively unfetchable. */
export const MAX_CRAWL_DELAY_S = 60;

/** What the fetcher asks before each request to a host. */
export interface Pacer {
  /** Resolves when the caller may send its request to the host, with the time of that turn (ms since epoch). */
  turn(host: string): Promise<number>;
  /** The host's robots.txt Crawl-delay, which slows its pace further. */
  setCrawlDelay(host: string, seconds: number): void;
}

export class HostPacer implements Pacer {
  /** When each host may next be contacted (ms since epoch); also serialises callers per host. */
  private readonly next = new Map<string, Promise<number>>();
  private readonly delays = new Map<string, number>();

  /** @param ratePerHost requests per second per host */
  constructor(
    private readonly ratePerHost: number,
    private readonly clock: Clock = realClock,
  ) {}

  setCrawlDelay(host: string, seconds: number): void {
    this.delays.set(host, Math.min(seconds, MAX_CRAWL_DELAY_S) * 1000);
  }

  private intervalMs(host: string): number {
    return Math.max(1000 / this.ratePerHost, this.delays.get(host) ?? 0);
  }

  /** Waits for the host's turn; resolves, with the time of the turn, when the caller may send. */
  async turn(host: string): Promise<number> {
    const previous = this.next.get(host) ?? Promise.resolve(0);
    let release!: (at: number) => void;
    this.next.set(host, new Promise<number>((r) => (release = r)));
    const allowedAt = await previous;
    // A timer may fire a millisecond early by the clock, so sleep again until the turn is due.
    for (let wait = allowedAt - this.clock.now(); wait > 0; wait = allowedAt - this.clock.now())
      await this.clock.sleep(wait);
    const at = this.clock.now();
    release(at + this.intervalMs(host));
    return at;
  }
}
