// Distributed ingest with real processes, Redis and PostgreSQL: three `dateline worker`s take a
// 2,000-page ingest from the queue while one of them, picked at random, is killed with kill -9
// twice (and restarted). Its jobs come back when their locks lapse; in the end every input is
// stored exactly once and nothing failed. Enqueueing the same inputs again adds nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openQueue, queueCounts } from '../../src/distribute/queue.js';
import { runCli } from '../helpers/cli.js';
import { hasRedis, REDIS_URL } from '../helpers/redis.js';
import { freshPostgresDatabase, hasPostgres } from '../helpers/stores.js';
import { tempDir } from '../helpers/tmp.js';
import { startCli } from '../ingest/cli.js';
import { storyHtml } from '../ingest/pages.js';

const PAGES = 2_000;
const WORKERS = 3;
// Only ends a hang: 2,000 pages through three workers that wait for a core each took more than
// the suite's 15 minutes at a load average of 27 (it takes a few minutes on a quiet machine).
const KILL_HANG_MS = 45 * 60_000;
const ready = (await hasRedis()) && (await hasPostgres());

async function sqlCount(url: string, query: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(query)).rows[0].n);
  } finally {
    await client.end();
  }
}

describe.runIf(ready)('dateline worker on a Redis queue', () => {
  const dir = tempDir('dateline-queue-');
  const database = freshPostgresDatabase();
  const queueName = `dateline-test-${process.pid}-${Date.now().toString(36)}`;
  afterAll(async () => {
    const queue = openQueue(REDIS_URL, queueName);
    await queue.obliterate({ force: true });
    await queue.close();
    await queue.disconnect();
  });

  it(
    'loses nothing and doubles nothing when a worker is killed twice',
    async () => {
      const pages = join(dir, 'pages');
      mkdirSync(pages);
      for (let i = 0; i < PAGES; i++) writeFileSync(join(pages, `${i}.html`), storyHtml(i));
      const db = await database();
      const q = ['--queue', REDIS_URL, '--queue-name', queueName];

      const enqueued = await runCli(['ingest', pages, '--db', db, ...q, '--json']);
      expect(enqueued.status).toBe(0);
      expect(JSON.parse(enqueued.stdout)).toMatchObject({ enqueued: PAGES, alreadyQueued: 0, failed: [] });

      const args = ['worker', '--db', db, ...q, '--lock', '2s', '--quiet'];
      const workers = Array.from({ length: WORKERS }, () => startCli(args));
      const victim = Math.floor(Math.random() * WORKERS);
      const queue = openQueue(REDIS_URL, queueName);
      const done = async () => (await queueCounts(queue)).done;
      const waitFor = async (test: () => Promise<boolean>) => {
        while (!(await test())) await new Promise((r) => setTimeout(r, 200));
      };
      try {
        for (const killAt of [PAGES * 0.2, PAGES * 0.55]) {
          await waitFor(async () => (await done()) >= killAt);
          workers[victim].child.kill('SIGKILL');
          expect((await workers[victim].done).signal).toBe('SIGKILL');
          workers[victim] = startCli(args);
        }
        await waitFor(async () => {
          const c = await queueCounts(queue);
          return c.done + c.failed >= PAGES && c.waiting + c.active + c.delayed === 0;
        });
        const counts = await queueCounts(queue);
        expect(counts).toMatchObject({ done: PAGES, failed: 0 });
      } finally {
        for (const w of workers) w.child.kill('SIGTERM');
        await Promise.all(workers.map((w) => w.done));
        await queue.close();
        await queue.disconnect();
      }

      expect(await sqlCount(db, 'SELECT count(*) AS n FROM records')).toBe(PAGES);
      expect(await sqlCount(db, 'SELECT count(DISTINCT source_key) AS n FROM records')).toBe(PAGES);
      expect(await sqlCount(db, 'SELECT count(*) AS n FROM record_text')).toBe(PAGES);
      expect(await sqlCount(db, 'SELECT count(*) AS n FROM ingest_items')).toBe(PAGES);
      expect(await sqlCount(db, 'SELECT count(*) AS n FROM failures')).toBe(0);

      // The same inputs again: all known, nothing added.
      const again = await runCli(['ingest', pages, '--db', db, ...q, '--json']);
      expect(JSON.parse(again.stdout)).toMatchObject({ enqueued: 0, alreadyDone: PAGES });
    },
    KILL_HANG_MS,
  );
});
