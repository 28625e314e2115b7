// robots.txt per origin, fetched once and cached for a day. Missing (4xx) means everything is
// allowed; a server error or an unreachable robots.txt means nothing is, for now (as Google and
// RFC 9309 treat it), so the items fail and are retried on the next run.
import { createRequire } from 'node:module';

// robots-parser is CommonJS exporting the function itself, which its typings misdescribe as a
// default export under NodeNext resolution; require gives the function in both tsx and tsc builds.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => Robot;

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}

export interface RobotsRules {
  /** Why the URL may not be fetched, or null when it may. */
  refusal(url: string): string | null;
  crawlDelaySeconds(): number | undefined;
  sitemaps(): string[];
}

/** What getting a robots.txt yields: its status and text, or the reason it could not be read. */
export type RobotsFetch = (url: URL) => Promise<{ status: number; text: string } | { error: string }>;

const ALLOW_ALL: RobotsRules = { refusal: () => null, crawlDelaySeconds: () => undefined, sitemaps: () => [] };

/** How long a robots.txt is trusted before it is fetched again (Google caches up to a day); matters to `watch`. */
export const ROBOTS_TTL_MS = 24 * 3_600_000;
/** An unreachable robots.txt is tried again sooner: the outage is probably brief. */
export const ROBOTS_ERROR_TTL_MS = 10 * 60_000;

export class RobotsCache {
  private readonly byOrigin = new Map<string, { rules: Promise<RobotsRules>; until: number }>();

  /** @param agent the product token matched against User-agent lines */
  constructor(
    private readonly agent: string,
    private readonly get: RobotsFetch,
  ) {}

  rules(url: URL): Promise<RobotsRules> {
    const cached = this.byOrigin.get(url.origin);
    if (cached && Date.now() < cached.until) return cached.rules;
    const entry = { rules: this.load(new URL('/robots.txt', url.origin)), until: Date.now() + ROBOTS_TTL_MS };
    this.byOrigin.set(url.origin, entry);
    return entry.rules;
  }

  private async load(robotsUrl: URL): Promise<RobotsRules> {
    const got = await this.get(robotsUrl);
    const failed = (reason: string) => {
      this.byOrigin.set(robotsUrl.origin, {
        rules: Promise.resolve(disallowAll(reason)),
        until: Date.now() + ROBOTS_ERROR_TTL_MS,
      });
      return disallowAll(reason);
    };
    if ('error' in got) return failed(`robots.txt unreachable: ${got.error}`);
    if (got.status >= 500) return failed(`robots.txt unavailable (HTTP ${got.status})`);
    if (got.status >= 400) return ALLOW_ALL;
    const robot = robotsParser(robotsUrl.href, got.text);
    return {
      // robots-parser answers undefined for URLs of another origin: those are checked against their own file.
      refusal: (u) => (robot.isAllowed(u, this.agent) === false ? 'disallowed by robots.txt' : null),
      crawlDelaySeconds: () => robot.getCrawlDelay(this.agent),
      sitemaps: () => robot.getSitemaps(),
    };
  }
}

function disallowAll(reason: string): RobotsRules {
  return {
    refusal: () => reason,
    crawlDelaySeconds: () => undefined,
    sitemaps: () => [],
  };
}
