// Records written by older versions, brought to the current shape (RECORD_SCHEMA_VERSION). Stores
// run this over what they hold when they migrate; a record already current comes back unchanged.
import { RECORD_SCHEMA_VERSION, type ArticleRecord, type TextSpan } from './types.js';

/** Version 1 (no `schemaVersion`): a quote's content was one text span. */
interface V1Quote { content: TextSpan & { spans?: TextSpan[] } }

export function upgradeRecord(record: Record<string, unknown>): ArticleRecord {
  if (record.schemaVersion === RECORD_SCHEMA_VERSION) return record as unknown as ArticleRecord;
  const quotes = (record.quotes as V1Quote[] | undefined ?? []).map((q) => (
    q.content.spans ? q : { ...q, content: { text: q.content.text, span: q.content.span, spans: [{ text: q.content.text, span: q.content.span }] } }
  ));
  return { schemaVersion: RECORD_SCHEMA_VERSION, ...record, quotes } as unknown as ArticleRecord;
}
