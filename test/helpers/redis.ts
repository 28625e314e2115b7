// The real Redis at 127.0.0.1:6379 (DATELINE_TEST_REDIS overrides it) for the distributed-ingest
// tests. Without one they skip, unless CI=true or DATELINE_REQUIRE_SERVICES=1, where that fails.
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.DATELINE_TEST_REDIS ?? 'redis://127.0.0.1:6379';

export async function hasRedis(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch (err) {
    if (process.env.CI === 'true' || process.env.DATELINE_REQUIRE_SERVICES === '1')
      throw new Error(`Redis is required at ${REDIS_URL}: ${(err as Error).message}`, { cause: err });
    return false;
  } finally {
    redis.disconnect();
  }
}
