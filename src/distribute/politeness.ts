// Politeness across all workers: each host is paced through one Redis key (so N workers on N
// machines send a host no more than one request per interval between them), and robots.txt files
// are cached in Redis, so a host's robots.txt is fetched once for the whole deployment per day.
import type { Redis } from 'ioredis';
import type { Pacer } from '../sources/fetch/politeness.js';
import { MAX_CRAWL_DELAY_S } from '../sources/fetch/politeness.js';
import { ROBOTS_ERROR_TTL_MS, ROBOTS_TTL_MS, type RobotsFetch } from '../sources/fetch/robots.js';
import { KEY_PREFIX } from './redis.js';

/**
 * Reserves the host's next slot atomically and answers how long to wait for it. Redis's clock is
 * used, not the callers', so workers whose clocks disagree still share one schedule.
 */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
local at = math.max(now, nxt)
redis.call('SET', KEYS[1], at + interval, 'PX', interval + 60000)
return at - now`;

export class RedisHostPacer implements Pacer {
  private readonly delays = new Map<string, number>();

  constructor(
    private readonly redis: Redis,
    private readonly ratePerHost: number,
  ) {}

  setCrawlDelay(host: string, seconds: number): void {
    this.delays.set(host, Math.min(seconds, MAX_CRAWL_DELAY_S) * 1000);
  }

  async turn(host: string): Promise<number> {
    const interval = Math.max(1000 / this.ratePerHost, this.delays.get(host) ?? 0);
    const wait = Number(await this.redis.eval(RESERVE, 1, `${KEY_PREFIX}pace:${host}`, Math.ceil(interval)));
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return Date.now();
  }
}

type RobotsAnswer = Awaited<ReturnType<RobotsFetch>>;

/** Wraps a robots.txt fetch with a Redis cache shared by all workers (same lifetimes as the in-process cache). */
export function sharedRobots(redis: Redis): (fetch: RobotsFetch) => RobotsFetch {
  return (fetch) => async (url) => {
    const key = `${KEY_PREFIX}robots:${url.origin}`;
    const cached = await redis.get(key);
    if (cached) return JSON.parse(cached) as RobotsAnswer;
    const answer = await fetch(url);
    const failed = 'error' in answer || answer.status >= 500;
    await redis.set(key, JSON.stringify(answer), 'PX', failed ? ROBOTS_ERROR_TTL_MS : ROBOTS_TTL_MS);
    return answer;
  };
}
