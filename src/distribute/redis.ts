// The Redis behind distributed ingest: one connection per use (BullMQ wants its own for blocking
// commands), keys under one prefix, and the queue's name.
import { Redis } from 'ioredis';

/** The queue every enqueuer and worker of one deployment shares (DATELINE_QUEUE_NAME overrides it). */
export const DEFAULT_QUEUE_NAME = 'dateline-ingest';
/** Prefix of dateline's own keys (politeness, robots.txt) beside BullMQ's. */
export const KEY_PREFIX = 'dateline:';

export function isRedisUrl(value: string): boolean {
  return /^rediss?:\/\//i.test(value);
}

/** A connection as BullMQ needs it: commands wait for a reconnect instead of failing after a few tries. */
export function redisConnection(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
  // Reported through the commands that fail; an unhandled 'error' event would end the process.
  redis.on('error', () => undefined);
  return redis;
}

/** The URL without its password, for messages. */
export function displayRedis(url: string): string {
  return url.replace(/^(rediss?:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
}
