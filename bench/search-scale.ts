// npm run bench:search-scale -- --base <postgres url> --records 1000000 [--batch 50000] [--keep] [--reuse | --resume]
// Search over a large PostgreSQL store without ingesting a million pages: the records of a base
// database (pages ingested and analysed as usual) are multiplied with SQL into a copy of it, then
// each of bench:scale's search queries is timed once (its first request: nothing cached).
//
// How the made records are made: each takes the title, authors, source, entities and events of a
// random base record, a random publication date in 2015-2024, and a body of 12 sentences drawn at
// random from all base records (folded for the index exactly as the store folds text). So every
// word and entity comes from the base corpus: a large corpus of few distinct texts, where a rare
// base word is in thousands of records and a common one in most. Their record JSON is not written
// (search does not read it). Deterministic: a fixed seed. --keep keeps the made database;
// --reuse times the searches on one kept before; --resume goes on with a build that was stopped
// (its batches are whole transactions, so it holds whole batches; the seed starts again, so the
// records made after the stop are not those an unbroken build makes), then keeps it. The searches go to a store opened as a server
// opens it, its search connections warmed up (BENCH_COLD=1: a store opened bare, as before).
// Before they are timed, a table left unvacuumed (a build stopped before its VACUUM, writes since)
// is vacuumed and analysed, and the share of all-visible pages, any vacuum running and the pages
// the searches read from outside PostgreSQL's buffers are printed: the first requests of a store
// not settled, or read cold from disk, are not a settled store's figures.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openPostgresStore } from '../src/store/postgres/index.js';
import { fold } from '../src/store/postgres/search.js';
import { storedEventVector } from '../src/store/postgres/event-lexemes.js';
import { QUERIES } from './search-queries.js';
import { SERVER_STORE_OPTIONS } from '../src/serve/listen.js';
import { settle, tableStates } from '../src/store/postgres/settle.js';
import { fillAuthorRecords } from '../src/store/postgres/author-records.js';
import { fillRecordFacets } from '../src/store/postgres/entity-facets.js';
import { bodyVector } from './body-vector.js';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    records: { type: 'string', default: '1000000' },
    batch: { type: 'string', default: '50000' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    resume: { type: 'boolean', default: false },
  },
});
if (!values.base) throw new Error('--base <postgres url> is required: a database of ingested records');
const TARGET = Number(values.records);
const BATCH = Number(values.batch);
const SENTENCES_PER_RECORD = 12;
const baseUrl = new URL(values.base);
const target = `${baseUrl.pathname.slice(1)}_x${TARGET}`;
const targetUrl = new URL(values.base);
targetUrl.pathname = `/${target}`;

async function withClient<T>(url: URL | string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: String(url) });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

const adminUrl = new URL(values.base);
adminUrl.pathname = '/postgres';
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(0);

async function build(): Promise<void> {
  const start = performance.now();
  // The base at the store's current schema first, so its copy has every table and column the made rows fill.
  await (await openPostgresStore(String(baseUrl))).close();
  // The indexes the made rows skip, from the base (its copy drops them until the end).
  const indexes = await withClient(
    baseUrl,
    async (c) =>
      (
        await c.query(
          `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('records','record_text','entities','events') AND indexdef NOT LIKE '%UNIQUE%'`,
        )
      ).rows as { indexname: string; indexdef: string }[],
  );
  if (!values.resume)
    await withClient(adminUrl, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${target} TEMPLATE ${baseUrl.pathname.slice(1)}`);
    });
  // A stopped build's copy at the current schema too, so its indexes are the base's.
  else await (await openPostgresStore(String(targetUrl))).close();
  await withClient(targetUrl, async (c) => {
    const run = (q: string, params: unknown[] = []) => c.query(q, params);
    await run(`SET maintenance_work_mem = '1GB'`);
    // No row triggers in this session: neither the foreign keys' checks (each locked its record's
    // row, a write to a records page per entity and event row) nor the store's triggers that keep
    // record_authors, author_lists and record_facets (one PL/pgSQL call per made row, two
    // statements per entity row). Each batch fills those tables itself, with the statements the
    // migrations fill them with, once per batch.
    await run(`SET session_replication_role = replica`);
    // The row estimates of the unnested sentences are far off (21 million for 240,000), enough to
    // compile every batch's statements (1.5 s each under load) for nothing.
    await run(`SET jit = off`);
    // The base (read from the base database: a stopped build's copy holds made records too): first
    // records of their groups, with their title and authors folded as the index folds them.
    const base = await withClient(
      baseUrl,
      async (b) =>
        (
          await b.query(
            `SELECT seq, coalesce(title, '') AS title, authors FROM records WHERE duplicate_of IS NULL ORDER BY seq`,
          )
        ).rows as { seq: number; title: string; authors: string }[],
    );
    await run(`DROP TABLE IF EXISTS synth_base, synth_sentences, synth_map, synth_entities, synth_events`);
    await run(
      `CREATE UNLOGGED TABLE synth_base (k int PRIMARY KEY, seq int, title_fold text, authors_fold text, events tsvector)`,
    );
    await run(
      `INSERT INTO synth_base (k, seq, title_fold, authors_fold) SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[])`,
      [
        base.map((_, k) => k),
        base.map((b) => b.seq),
        base.map((b) => fold(b.title)),
        base.map((b) => fold((JSON.parse(b.authors) as string[]).join(', '))),
      ],
    );
    // A base record's event lexemes, once: read per made row, they were a scan of the events table
    // (its index dropped below) for each row, growing with every batch.
    await run(`UPDATE synth_base SET events = ${storedEventVector('seq')}`);
    const bodies = (await run(`SELECT body FROM record_text t JOIN synth_base b ON b.seq = t.seq ORDER BY b.k`))
      .rows as {
      body: string;
    }[];
    const sentences = bodies.flatMap((b) => b.body.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20));
    // Each sentence's vector once (to_tsvector of the folded text), for bodyVector below.
    await run(`CREATE UNLOGGED TABLE synth_sentences (k int PRIMARY KEY, raw text, vector tsvector)`);
    await run(
      `INSERT INTO synth_sentences SELECT k, raw, to_tsvector('simple', folded) FROM unnest($1::int[], $2::text[], $3::text[]) s(k, raw, folded)`,
      [sentences.map((_, k) => k), sentences, sentences.map(fold)],
    );
    console.log(`base: ${base.length} records, ${sentences.length} sentences`);
    // The base records' entity and event rows, copied per made row from here: joined to the tables
    // themselves, with their indexes dropped below, each batch read every row made before it.
    for (const table of ['entities', 'events']) {
      await run(
        `CREATE UNLOGGED TABLE synth_${table} AS SELECT e.* FROM ${table} e JOIN synth_base b ON b.seq = e.record_seq`,
      );
      await run(`CREATE INDEX ON synth_${table} (record_seq)`);
    }

    // Indexes are built once at the end, not row by row.
    for (const i of indexes) await run(`DROP INDEX IF EXISTS ${i.indexname}`);
    const columns = async (table: string) =>
      (
        (
          await run(
            `SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND column_name <> 'record_seq' ORDER BY ordinal_position`,
            [table],
          )
        ).rows as { column_name: string }[]
      ).map((r) => `"${r.column_name}"`);
    const entityColumns = await columns('entities');
    const eventColumns = await columns('events');

    await run(`CREATE UNLOGGED TABLE synth_map (seq int, base_seq int, g int)`);
    await run(`SELECT setseed(0.42)`);
    const have = Number((await run(`SELECT count(*) AS n FROM records`)).rows[0].n);
    for (let done = have; done < TARGET; done += BATCH) {
      const n = Math.min(BATCH, TARGET - done);
      await run('BEGIN');
      await run('TRUNCATE synth_map');
      // The random choices per record first (a subquery with random() is not folded into the join).
      await run(
        `CREATE TEMP TABLE batch ON COMMIT DROP AS
         SELECT x.g, b.seq AS base_seq, b.title_fold, b.authors_fold, b.events, x.sents, x.published
         FROM (SELECT g, floor(random() * ${base.length})::int AS k,
                      (SELECT array_agg(floor(random() * ${sentences.length})::int) FROM generate_series(1, ${SENTENCES_PER_RECORD}) WHERE g > 0) AS sents,
                      to_char(date '2015-01-01' + floor(random() * 3650)::int, 'YYYY-MM-DD') AS published
               FROM generate_series(${done + 1}, ${done + n}) g) x
         JOIN synth_base b ON b.k = x.k`,
      );
      await run(
        `WITH ins AS (
           INSERT INTO records (id, text_hash, source_key, uri, path, format, title, authors, published, language, stored_at)
           SELECT md5('synth' || x.g), md5('synth' || x.g), r.source_key, r.uri, r.path || '#' || x.g, r.format, r.title, r.authors,
                  x.published, r.language, r.stored_at
           FROM batch x JOIN records r ON r.seq = x.base_seq
           RETURNING seq, id)
         INSERT INTO synth_map SELECT ins.seq, x.base_seq, x.g FROM ins JOIN batch x ON md5('synth' || x.g) = ins.id`,
      );
      // A body's sentences in their drawn order, grouped by the record's number alone.
      await run(
        `INSERT INTO record_text (seq, body, fts)
         SELECT m.seq, b.body,
                setweight(to_tsvector('simple', x.title_fold), 'A') ||
                setweight(${bodyVector('b.vectors', SENTENCES_PER_RECORD)}, 'B') ||
                setweight(to_tsvector('simple', x.authors_fold), 'C') ||
                dateline_date_vector(x.published) ||
                x.events
         FROM (SELECT x.g, string_agg(s.raw, ' ' ORDER BY i.n) AS body, array_agg(s.vector ORDER BY i.n) AS vectors
               FROM batch x CROSS JOIN LATERAL unnest(x.sents) WITH ORDINALITY i(k, n) JOIN synth_sentences s ON s.k = i.k
               GROUP BY x.g) b
         JOIN batch x ON x.g = b.g JOIN synth_map m ON m.g = b.g`,
      );
      await run(
        `INSERT INTO entities (record_seq, ${entityColumns.join(', ')})
         SELECT m.seq, ${entityColumns.map((c) => `e.${c}`).join(', ')} FROM synth_map m JOIN batch x ON x.g = m.g JOIN synth_entities e ON e.record_seq = m.base_seq`,
      );
      await run(
        `INSERT INTO events (record_seq, ${eventColumns.join(', ')})
         SELECT m.seq, ${eventColumns.map((c) => `e.${c}`).join(', ')} FROM synth_map m JOIN batch x ON x.g = m.g JOIN synth_events e ON e.record_seq = m.base_seq`,
      );
      // What the triggers off above would have written for the batch's records (seqs from..to).
      const { from, to } = (await run(`SELECT min(seq) - 1 AS from, max(seq) AS to FROM synth_map`)).rows[0] as {
        from: number;
        to: number;
      };
      await run(fillAuthorRecords(from, to));
      await run(
        `INSERT INTO author_lists SELECT DISTINCT lower(authors) FROM records WHERE seq > ${from} AND seq <= ${to} ON CONFLICT (md5(authors)) DO NOTHING`,
      );
      const batchEntities = `(SELECT m.seq AS record_seq, e.type, e.key, e.name FROM synth_map m JOIN synth_entities e ON e.record_seq = m.base_seq)`;
      for (const statement of fillRecordFacets(from, to, batchEntities)) await run(statement);
      await run('COMMIT');
      console.log(`made ${done + n} records (${seconds(start)} s)`);
    }
    for (const i of indexes) {
      const t = performance.now();
      await run(i.indexdef);
      console.log(`index ${i.indexname} (${seconds(t)} s)`);
    }
    await run(`DROP TABLE synth_base, synth_sentences, synth_map, synth_entities, synth_events`);
    await run(`VACUUM ANALYZE`);
  });
  console.log(`built ${target} in ${seconds(start)} s`);
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** Vacuums what needs it (src/store/postgres/settle.ts) and prints how settled the store is. */
async function settleBeforeTiming(): Promise<void> {
  await withClient(targetUrl, async (c) => {
    const start = performance.now();
    const vacuumed = await settle(c);
    if (vacuumed.length > 0) console.log(`vacuumed and analysed ${vacuumed.join(', ')} first (${seconds(start)} s)`);
    const states = await tableStates(c);
    const pages = states.reduce((n, t) => n + t.pages, 0);
    const allVisible = states.reduce((n, t) => n + Math.min(t.allVisible, t.pages), 0);
    const running = (
      await c.query(
        `SELECT p.relid::regclass::text AS "table", p.phase FROM pg_stat_progress_vacuum p WHERE p.datname = current_database()`,
      )
    ).rows as { table: string; phase: string }[];
    console.log(
      `settled: ${((100 * allVisible) / Math.max(pages, 1)).toFixed(1)}% of ${pages} table pages all-visible; ${
        running.length > 0
          ? `a vacuum is running (${running.map((r) => `${r.table}: ${r.phase}`).join(', ')}): these timings are not a settled store's`
          : 'no vacuum running'
      }`,
    );
  });
}

/** Pages read from outside PostgreSQL's buffers and found in them, in the target database so far. */
const blocks = () =>
  withClient(
    targetUrl,
    async (c) =>
      (
        await c.query(
          `SELECT blks_read::float8 AS read, blks_hit::float8 AS hit FROM pg_stat_database WHERE datname = current_database()`,
        )
      ).rows[0] as { read: number; hit: number },
  );

async function timeSearches(): Promise<void> {
  await settleBeforeTiming();
  const before = await blocks();
  // No time limit here: the figure is how long each search takes, not whether the server would wait.
  // Opened as `dateline serve` opens it (SERVER_STORE_OPTIONS: search connections up front, each
  // warmed up by src/store/warm-up.ts's searches), so the first requests are those a started
  // server answers, not this process's first compiling of the search code (40-70 ms CPU each for
  // the first three at 100,000 records). BENCH_COLD=1 opens it without them, as before.
  const store = await openPostgresStore(String(targetUrl), {
    searchLimitMs: 600_000,
    searchConnections: process.env.BENCH_COLD ? 0 : SERVER_STORE_OPTIONS.searchThreads,
  });
  try {
    const count = await store.count();
    const rows = [];
    for (const q of QUERIES) {
      const t = performance.now();
      const page = await store.search(q);
      rows.push({ query: JSON.stringify(q), ms: +(performance.now() - t).toFixed(1), total: page.total });
    }
    console.table(rows);
    const ms = rows.map((r) => r.ms);
    console.log(
      `search PostgreSQL, ${count} records, ${QUERIES.length} first requests: p50 ${pct(ms, 50).toFixed(1)} ms  p95 ${pct(ms, 95).toFixed(1)} ms  max ${Math.max(...ms).toFixed(1)} ms (target p95 <= 100 ms at 1,000,000)`,
    );
  } finally {
    await store.close();
  }
  // (The search connections' statistics reach pg_stat_database when they close.)
  const after = await blocks();
  console.log(
    `pages read from outside the buffers ${after.read - before.read}, from the buffers ${after.hit - before.hit} (the store open and warmed up included)`,
  );
}

try {
  console.log(`load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
  if (!values.reuse) await build();
  await timeSearches();
} finally {
  if (!values.keep && !values.reuse && !values.resume)
    await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`)).catch(() => undefined);
}
