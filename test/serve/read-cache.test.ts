// Cached reads are never staler than the database: a write through this store or through
// another connection (another process ingesting into the same file) empties the cache.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { buildTestCorpus } from './corpus.js';

let dir: string;
let store: Store;
let other: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-cache-'));
  let path: string;
  ({ store, path } = await buildTestCorpus(dir));
  other = await openStore(path);
});

afterAll(async () => {
  await other?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('read cache', () => {
  it('answers a repeated query from the cache', async () => {
    const first = await store.search({ text: 'Dushanbe' });
    expect(await store.search({ text: 'Dushanbe' })).toBe(first);
  });

  it('forgets everything when another connection writes', async () => {
    const before = await store.search({ text: 'Dushanbe' });
    const record = (await other.get(before.hits[0].id))!;
    await other.put({
      ...record,
      id: 'ffff000000000001',
      title: 'Dushanbe again',
      source: { format: 'html', uri: 'https://gazette.test/again' },
      text: `${record.text} Again.`,
    });
    const after = await store.search({ text: 'Dushanbe' });
    expect(after).not.toBe(before);
    expect(after.total).toBe(before.total + 1);
  });

  it('forgets everything when this connection writes', async () => {
    const before = await store.eventMentions({});
    const record = (await store.get('ffff000000000001'))!;
    expect(record.events.length).toBeGreaterThan(0);
    await store.put({ ...record, events: [] });
    expect((await store.eventMentions({})).total).toBe(before.total - record.events.length);
  });
});
