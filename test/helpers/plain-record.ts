// A record with a text and nothing analysed: enough to exercise storage and search without
// loading the analysis pipeline.
import { recordId } from '../../src/record/id.js';
import { RECORD_SCHEMA_VERSION, type ArticleRecord } from '../../src/record/types.js';

export function plainRecord(path: string, text: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  const source = { path, format: 'text' as const };
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    id: recordId(source, text),
    source,
    title: null,
    authors: [],
    published: '2024-01-01',
    dateline: null,
    language: 'en',
    text,
    paragraphs: [[0, text.length]],
    comments: [],
    entities: [],
    quotes: [],
    times: [],
    quantities: [],
    events: [],
    warnings: [],
    ...extra,
  };
}
