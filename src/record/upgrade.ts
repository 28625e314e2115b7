// Records written by older versions, brought to the current shape (RECORD_SCHEMA_VERSION). Stores
// run this over what they hold when they migrate; a record already current comes back unchanged.
import { RECORD_SCHEMA_VERSION, type ArticleRecord, type TextSpan, type TimeType } from './types.js';

/** Version 1 (no `schemaVersion`): a quote's content was one text span. */
interface V1Quote {
  content: TextSpan & { spans?: TextSpan[] };
}
/** Versions 1 and 2: a time had no TimeML type. */
interface V2Time {
  value: string;
  type?: TimeType;
}

/** Before version 3 only dates, clock times and reference values were written: the value says which. */
const timeTypeOf = (value: string): TimeType => (/T(?:\d|MO|AF|EV|NI)/.test(value) ? 'TIME' : 'DATE');

export function upgradeRecord(record: Record<string, unknown>): ArticleRecord {
  if (record.schemaVersion === RECORD_SCHEMA_VERSION) return record as unknown as ArticleRecord;
  const quotes = ((record.quotes as V1Quote[] | undefined) ?? []).map((q) =>
    q.content.spans
      ? q
      : {
          ...q,
          content: {
            text: q.content.text,
            span: q.content.span,
            spans: [{ text: q.content.text, span: q.content.span }],
          },
        },
  );
  const times = ((record.times as V2Time[] | undefined) ?? []).map((t) =>
    t.type ? t : { ...t, type: timeTypeOf(t.value) },
  );
  // Before version 4 no links were kept, and the page they were in is not stored: none to recover.
  const links = (record.links as unknown[] | undefined) ?? [];
  // Before version 5 which source gave each metadata field was not kept: nothing to name.
  const provenance = (record.provenance as Record<string, string> | undefined) ?? {};
  // Before version 6 an event's sides named only by words (`actorWords`, `targetWords`) were not
  // read; the fields are optional, so the events stay as they were.
  const { schemaVersion: _old, ...rest } = record;
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    ...rest,
    quotes,
    times,
    links,
    provenance,
  } as unknown as ArticleRecord;
}
