// The links file of the CSV export: one row per body link of each exported record, with its
// place in the text and the exported record it cites, if any.
import type { ArticleRecord } from '../record/types.js';
import { linkRows } from './citation-graph.js';
import { csvRow } from './csv.js';
import { sourceRef } from './urls.js';

export const LINKS_CSV_HEADER = [
  'record_id',
  'record_source',
  'published',
  'position',
  'url',
  'domain',
  'internal',
  'anchor_text',
  'start',
  'end',
  'sentence',
  'cited_record_id',
] as const;

export function* linksCsv(records: readonly ArticleRecord[]): Generator<string> {
  yield csvRow(LINKS_CSV_HEADER);
  for (const row of linkRows(records))
    yield csvRow([
      row.record.id,
      sourceRef(row.record.source.uri ?? row.record.source.path),
      row.record.published,
      row.position,
      row.link.url,
      row.domain,
      row.link.internal,
      row.link.text,
      row.link.span[0],
      row.link.span[1],
      row.link.sentence.text,
      row.citedRecord,
    ]);
}
