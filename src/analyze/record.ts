// An extracted article as a record with empty analysis layers: what `extract` prints and what
// `ingest --extract-only` stores. Apart from the pipeline, so extraction alone never loads the models.
import { RECORD_SCHEMA_VERSION, type Article, type ArticleRecord } from '../record/types.js';
import { recordId } from '../record/id.js';

/** An extracted article as a record with no analysis. */
export function toRecord(article: Article): ArticleRecord {
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    id: recordId(article.source, article.text),
    ...article,
    entities: [],
    quotes: [],
    times: [],
    quantities: [],
    events: [],
    analyses: [],
  };
}
