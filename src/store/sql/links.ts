// Citations between stored records, over two index tables both SQL stores share: `links` (each
// body link of each record, with its cited site) and `record_urls` (the addresses a record is
// known by: its source URL and its canonical URL, normalised as links are). A link cites a stored
// record when its URL is one of that record's addresses.
import { sql, type Kysely, type Transaction } from 'kysely';
import { recordUrls, siteOf } from '../../record/link-url.js';
import type { ArticleRecord } from '../../record/types.js';
import type { CitedDomain, CitedLink, Citations, CitingRecord, ExternalLink, SearchQuery } from '../store.js';
import type { Database } from './schema.js';
import { forEachStoredRecord } from './upgrade-records.js';
import type { MigrationProgress } from '../migration-progress.js';
import { hasFilter } from './filters.js';

/** Record seqs per statement when counting over a filtered set (below SQLite's parameter limit). */
const SEQ_CHUNK = 5_000;
/** Citing articles listed per domain in the Sources view. */
const ARTICLES_PER_DOMAIN = 5;
export const DEFAULT_DOMAINS = 50;
const MAX_DOMAINS = 500;
/** Records listed as citing one record at most. */
const MAX_CITED_BY = 500;

/** Whether a query narrows the records (else every record counts, without listing their seqs). */
export function narrows(q: SearchQuery): boolean {
  return Boolean(q.text) || hasFilter(q);
}

/** Migration: the two tables and their indexes, filled from the records already stored. */
export async function createLinkTables(db: Kysely<any>, progress?: MigrationProgress): Promise<void> {
  await db.schema
    .createTable('links')
    .addColumn('record_seq', 'integer', (c) => c.notNull().references('records.seq').onDelete('cascade'))
    .addColumn('pos', 'integer', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('internal', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('links_record').on('links').column('record_seq').execute();
  await db.schema.createIndex('links_url').on('links').column('url').execute();
  await db.schema.createIndex('links_domain').on('links').columns(['domain', 'internal']).execute();
  await db.schema
    .createTable('record_urls')
    .addColumn('record_seq', 'integer', (c) => c.notNull().references('records.seq').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('record_urls_url').on('record_urls').column('url').execute();
  await db.schema.createIndex('record_urls_record').on('record_urls').column('record_seq').execute();
  await forEachStoredRecord(
    db,
    (seq, json) => indexRecordLinks(db as Kysely<Database>, seq, JSON.parse(json)),
    progress,
  );
}

/** Writes a record's links and addresses (inside the caller's transaction on put). */
export async function indexRecordLinks(
  db: Kysely<Database> | Transaction<Database>,
  seq: number,
  r: ArticleRecord,
): Promise<void> {
  const urls = recordUrls(r);
  if (urls.length > 0)
    await db
      .insertInto('record_urls')
      .values(urls.map((url) => ({ record_seq: seq, url })))
      .execute();
  const links = r.links ?? [];
  if (links.length > 0)
    await db
      .insertInto('links')
      .values(
        links.map((l, pos) => ({
          record_seq: seq,
          pos,
          url: l.url,
          domain: siteOf(l.url) ?? '',
          internal: l.internal ? 1 : 0,
          text: l.text,
          start: l.span[0],
          end: l.span[1],
        })),
      )
      .execute();
}

export async function unindexRecordLinks(trx: Transaction<Database>, seq: number): Promise<void> {
  await trx.deleteFrom('links').where('record_seq', '=', seq).execute();
  await trx.deleteFrom('record_urls').where('record_seq', '=', seq).execute();
}

/** What a record cites (each link, with the stored record it points to) and which records cite it. */
export async function recordCitations(db: Kysely<Database>, id: string): Promise<Citations | null> {
  const rec = await db.selectFrom('records').select('seq').where('id', '=', id).executeTakeFirst();
  if (!rec) return null;
  const links = await db
    .selectFrom('links')
    .select(['url', 'domain', 'internal', 'text', 'start', 'end'])
    .where('record_seq', '=', rec.seq)
    .orderBy('pos')
    .execute();
  const targets = new Map<string, { id: string; title: string | null }>();
  const urls = [...new Set(links.map((l) => l.url))];
  for (let i = 0; i < urls.length; i += SEQ_CHUNK) {
    const rows = await db
      .selectFrom('record_urls as u')
      .innerJoin('records as r', 'r.seq', 'u.record_seq')
      .select(['u.url', 'r.id', 'r.title'])
      .where('u.url', 'in', urls.slice(i, i + SEQ_CHUNK))
      .where('r.seq', '!=', rec.seq)
      .orderBy('r.seq')
      .execute();
    for (const row of rows) if (!targets.has(row.url)) targets.set(row.url, { id: row.id, title: row.title });
  }
  const cites: CitedLink[] = links.map((l) => ({
    url: l.url,
    text: l.text,
    span: [l.start, l.end],
    domain: l.domain,
    internal: Boolean(l.internal),
    recordId: targets.get(l.url)?.id ?? null,
    recordTitle: targets.get(l.url)?.title ?? null,
  }));
  const citing = await db
    .selectFrom('record_urls as mine')
    .innerJoin('links as l', 'l.url', 'mine.url')
    .innerJoin('records as r', 'r.seq', 'l.record_seq')
    .select(['r.id', 'r.title', 'r.published', 'r.uri', 'r.path', 'l.url', 'l.text', 'l.start', 'l.end', 'l.pos'])
    .where('mine.record_seq', '=', rec.seq)
    .where('l.record_seq', '!=', rec.seq)
    // Newest first, undated last, in both stores (their NULL orders differ).
    .orderBy(sql`coalesce(r.published, '')`, 'desc')
    .orderBy('r.seq')
    .orderBy('l.pos')
    .limit(MAX_CITED_BY)
    .execute();
  const citedBy: CitingRecord[] = [];
  for (const row of citing) {
    // One entry per citing record: its first link to this one.
    if (citedBy.some((c) => c.recordId === row.id)) continue;
    citedBy.push({
      recordId: row.id,
      title: row.title,
      published: row.published,
      source: row.uri ?? row.path,
      url: row.url,
      text: row.text,
      span: [row.start, row.end],
    });
  }
  return { cites, citedBy };
}

/**
 * The sites most cited by external links, from the records in `seqs` (all records when null):
 * links and citing records per site, most citing records first, with the newest citing articles.
 */
export async function citedDomains(
  db: Kysely<Database>,
  seqs: readonly number[] | null,
  limit = DEFAULT_DOMAINS,
): Promise<CitedDomain[]> {
  const n = Math.min(Math.max(limit, 0), MAX_DOMAINS);
  const counts = new Map<string, { links: number; records: number }>();
  const add = (rows: { domain: string; links: number | string | bigint; records: number | string | bigint }[]) => {
    for (const r of rows) {
      const c = counts.get(r.domain) ?? { links: 0, records: 0 };
      c.links += Number(r.links);
      c.records += Number(r.records);
      counts.set(r.domain, c);
    }
  };
  const grouped = (only?: readonly number[]) =>
    db
      .selectFrom('links')
      .select(['domain', sql<number>`count(*)`.as('links'), sql<number>`count(DISTINCT record_seq)`.as('records')])
      .where('internal', '=', 0)
      .where('domain', '!=', '')
      .$if(only !== undefined, (q) => q.where('record_seq', 'in', only!))
      .groupBy('domain')
      .execute();
  if (seqs === null) add(await grouped());
  // Chunks partition the records, so per-chunk counts of distinct records add up.
  else for (let i = 0; i < seqs.length; i += SEQ_CHUNK) add(await grouped(seqs.slice(i, i + SEQ_CHUNK)));
  const top = [...counts]
    .sort((a, b) => b[1].records - a[1].records || b[1].links - a[1].links || a[0].localeCompare(b[0]))
    .slice(0, n);
  const allowed = seqs === null ? null : new Set(seqs);
  const out: CitedDomain[] = [];
  for (const [domain, c] of top) {
    const rows = await db
      .selectFrom('links as l')
      .innerJoin('records as r', 'r.seq', 'l.record_seq')
      .select([
        'r.seq',
        'r.id',
        'r.title',
        'r.published',
        'r.uri',
        'r.path',
        sql<string>`coalesce(r.published, '')`.as('day'),
      ])
      .distinct()
      .where('l.domain', '=', domain)
      .where('l.internal', '=', 0)
      .orderBy('day', 'desc')
      .orderBy('r.seq', 'desc')
      // Enough rows that the filtered set still fills the list in the usual case.
      .limit(allowed ? ARTICLES_PER_DOMAIN * 20 : ARTICLES_PER_DOMAIN)
      .execute();
    out.push({
      domain,
      links: c.links,
      records: c.records,
      articles: rows
        .filter((r) => !allowed || allowed.has(r.seq))
        .slice(0, ARTICLES_PER_DOMAIN)
        .map((r) => ({ recordId: r.id, title: r.title, published: r.published, source: r.uri ?? r.path })),
    });
  }
  return out;
}

/**
 * The distinct URLs of external links, in the order first cited, each with whether a stored record
 * is known by it (for `ingest --follow-citations`). `from`: only links of the records known by these
 * addresses; all records when absent. `domains`: only links to these sites.
 */
export async function externalLinks(
  db: Kysely<Database>,
  opts: { from?: readonly string[]; domains?: readonly string[] } = {},
): Promise<ExternalLink[]> {
  if (opts.from?.length === 0 || opts.domains?.length === 0) return [];
  const query = (from?: readonly string[]) =>
    db
      .selectFrom('links as l')
      .select([
        'l.url',
        sql<number>`min(l.record_seq)`.as('first_seq'),
        sql<number>`min(l.pos)`.as('first_pos'),
        (eb) =>
          eb.exists(eb.selectFrom('record_urls as u').select('u.url').whereRef('u.url', '=', 'l.url')).as('stored'),
      ])
      .where('l.internal', '=', 0)
      .$if(from !== undefined, (q) =>
        q.where('l.record_seq', 'in', (eb) =>
          eb.selectFrom('record_urls as src').select('src.record_seq').where('src.url', 'in', from!),
        ),
      )
      .$if(opts.domains !== undefined, (q) => q.where('l.domain', 'in', opts.domains!))
      .groupBy('l.url')
      .execute();
  const rows =
    opts.from === undefined
      ? await query()
      : (
          await Promise.all(
            Array.from({ length: Math.ceil(opts.from.length / SEQ_CHUNK) }, (_, i) =>
              query(opts.from!.slice(i * SEQ_CHUNK, (i + 1) * SEQ_CHUNK)),
            ),
          )
        ).flat();
  const first = new Map<string, { at: [number, number]; stored: boolean }>();
  for (const r of rows) {
    const at: [number, number] = [Number(r.first_seq), Number(r.first_pos)];
    const known = first.get(r.url);
    if (!known || at[0] < known.at[0] || (at[0] === known.at[0] && at[1] < known.at[1]))
      first.set(r.url, { at, stored: Boolean(r.stored) });
  }
  return [...first]
    .sort((a, b) => a[1].at[0] - b[1].at[0] || a[1].at[1] - b[1].at[1])
    .map(([url, { stored }]) => ({ url, stored }));
}
