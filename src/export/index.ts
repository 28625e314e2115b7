// Exports in the formats analysts already use, over the same filters as search. Each format is
// its own module; this one picks it and streams its output to `write`.
//   jsonl      full records, one per line
//   csv        one row per event (a cluster of reports) with its sources
//   acled-csv  ACLED's column layout (docs/acled-mapping.md)
//   geojson    events and places as points
//   atom       an Atom feed of the articles, or of the events (`atomOf: 'events'`)
//   links-csv  one row per body link (the links file that goes with `csv`)
//   gexf       the citation graph for Gephi: articles and cited sites, citations as edges
import { createHash } from 'node:crypto';
import type { CorpusViews, RecordStore, SearchQuery } from '../store/store.js';
import { acledCsv, acledOmission } from './acled.js';
import { atomOfArticles, atomOfEvents } from './atom.js';
import { eventsCsv } from './events-csv.js';
import { exportSet } from './events.js';
import { geojson } from './geojson.js';
import { gexf } from './gexf.js';
import { linksCsv } from './links-csv.js';

import type { ExportFormat } from './formats.js';
import type { ArticleRecord } from '../record/types.js';
import { jsonText } from '../record/json-line.js';
import { sourceRef, webUrl } from './urls.js';

export { EXPORT_FORMATS, type ExportFormat } from './formats.js';

export interface ExportOptions {
  /** csv: where the links file goes (one row per body link); none when not given. */
  writeLinks?: (chunk: string) => void;
  /** acled-csv: add non-asserted and background events, flagged in `dateline_modality`. */
  includeUnasserted?: boolean;
  /** atom: a feed of articles (default) or of events. */
  atomOf?: 'articles' | 'events';
  /** atom: the feed's title. */
  title?: string;
}

export interface ExportSummary {
  records: number;
  events: number;
  /** Events left out of the export, by reason (acled-csv leaves out types and modalities ACLED does not code). */
  omitted: Record<string, number>;
}

/** Writes the export of everything matching `query` through `write`; returns what it contained. */
export async function runExport(
  store: RecordStore & CorpusViews,
  format: ExportFormat,
  query: SearchQuery,
  write: (chunk: string) => void,
  opts: ExportOptions = {},
): Promise<ExportSummary> {
  if (format === 'jsonl') {
    let records = 0;
    for await (const r of store.records(query)) {
      write(jsonText(withWebUrls(r)) + '\n');
      records++;
    }
    return { records, events: 0, omitted: {} };
  }
  const set = await exportSet(store, query);
  const summary: ExportSummary = { records: set.records.length, events: set.events.length, omitted: {} };
  switch (format) {
    case 'csv':
      for (const row of eventsCsv(set.events)) write(row);
      if (opts.writeLinks) for (const row of linksCsv(set.records)) opts.writeLinks(row);
      break;
    case 'links-csv':
      for (const row of linksCsv(set.records)) write(row);
      break;
    case 'gexf':
      write(gexf(set.records));
      break;
    case 'acled-csv':
      for (const e of set.events) {
        const why = acledOmission(e, { includeUnasserted: opts.includeUnasserted });
        if (why) summary.omitted[why] = (summary.omitted[why] ?? 0) + 1;
      }
      for (const row of acledCsv(set.events, { includeUnasserted: opts.includeUnasserted })) write(row);
      break;
    case 'geojson':
      write(jsonText(geojson(set.events, set.records)) + '\n');
      break;
    case 'atom': {
      const feed = {
        title: opts.title ?? `dateline: ${describe(query)}`,
        id: `urn:dateline:feed:${queryHash(query, opts.atomOf)}`,
      };
      write(opts.atomOf === 'events' ? atomOfEvents(set.events, feed) : atomOfArticles(set.records, feed));
      break;
    }
  }
  return summary;
}

/** A record as JSONL exports it: addresses that are not http(s) (javascript:, data:) left out. */
function withWebUrls(r: ArticleRecord): ArticleRecord {
  const { uri, ...source } = r.source;
  const kept = sourceRef(uri);
  return {
    ...r,
    source: kept ? { ...source, uri: kept } : source,
    ...(r.canonicalUrl !== undefined ? { canonicalUrl: webUrl(r.canonicalUrl) ?? null } : {}),
    ...(r.image !== undefined ? { image: webUrl(r.image) ?? null } : {}),
  };
}

/** A short human description of the filters, for feed titles. */
function describe(q: SearchQuery): string {
  const parts = Object.entries(q)
    .filter(([k, v]) => v !== undefined && k !== 'limit' && k !== 'offset')
    .map(([k, v]) => `${k}=${v}`);
  return parts.length > 0 ? parts.join(', ') : 'all records';
}

/** A stable id for the same query: feed readers key on it. */
function queryHash(q: SearchQuery, of?: string): string {
  const keys = Object.keys(q)
    .filter((k) => k !== 'limit' && k !== 'offset')
    .sort() as (keyof SearchQuery)[];
  return createHash('sha256')
    .update(JSON.stringify([of ?? 'articles', ...keys.map((k) => [k, q[k]])]))
    .digest('hex')
    .slice(0, 16);
}
