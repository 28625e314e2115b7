// A server answers a few searches itself before it listens (src/serve/listen.ts): they reach the
// store, past the Host check and, where reads need it, the token; and they are pages past the
// first, so what people ask for first is still answered from the store.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { listen, type ListenOptions } from '../../src/serve/listen.js';
import { openStore, type SearchQuery, type Store } from '../../src/store/index.js';
import { plainRecord } from '../helpers/plain-record.js';
import { tempDir } from '../helpers/tmp.js';

describe('the server warm-up', () => {
  const dir = tempDir();
  let store: Store;
  const servers: FastifyInstance[] = [];
  const asked: SearchQuery[] = [];
  /** The store, with every search it is asked noted. */
  let noting: Store;

  beforeAll(async () => {
    store = await openStore(join(dir, 'warm.db'));
    await store.put(plainRecord('a.txt', 'The council met on Monday.'));
    await store.put(plainRecord('b.txt', 'The council met again on Friday.'));
    noting = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'search')
          return (q: SearchQuery) => {
            asked.push(q);
            return target.search(q);
          };
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  });
  afterAll(async () => {
    for (const app of servers) await app.close();
    await store.close();
  });

  async function warmedBy(opts: Partial<ListenOptions>): Promise<SearchQuery[]> {
    asked.length = 0;
    const { app } = await listen({ store: noting, port: 0, webRoot: join(dir, 'no-web'), ...opts });
    servers.push(app);
    return [...asked];
  }

  it('searches pages past the first before it listens', async () => {
    const queries = await warmedBy({});
    expect(queries).toHaveLength(2);
    for (const q of queries) {
      expect(q.offset).toBeGreaterThan(0);
      expect(q.text).toBeUndefined();
    }
  });

  it('carries the token where reads need it', async () => {
    const queries = await warmedBy({ host: '0.0.0.0', token: 'warm-up-token' });
    expect(queries).toHaveLength(2);
  });
});
