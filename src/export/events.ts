// The events of an export: the store's clustered events (one per real event, however many
// sources report it) restricted to those reported by a record matching the search filters, with
// the details kept only in the records (mode, context, trigger, sentence, admin1).
import type { ArticleRecord, Event } from '../record/types.js';
import type { ClusteredEvent, CorpusViews, RecordStore, SearchQuery } from '../store/store.js';

/** Clusters are read from the store in pages of this size. */
const PAGE = 500;

export interface ExportEvent extends ClusteredEvent {
  /** The event as coded in its first source record (mode, context, trigger, sentence, background). */
  first: Event | null;
  /** Name of the place's first-level region, from the first source's geocoding. */
  admin1: string | null;
}

export interface ExportSet {
  records: ArticleRecord[];
  events: ExportEvent[];
}

/** The records matching the query and the clustered events they report. */
export async function exportSet(store: RecordStore & CorpusViews, query: SearchQuery): Promise<ExportSet> {
  const records: ArticleRecord[] = [];
  for await (const r of store.records(query)) records.push(r);
  const byId = new Map(records.map((r) => [r.id, r]));
  const events: ExportEvent[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.events({ type: query.eventType, modality: query.modality, limit: PAGE, offset });
    for (const c of page.events) {
      const source = c.sources.find((s) => byId.has(s.recordId));
      if (!source) continue;
      const record = byId.get(source.recordId)!;
      const first = record.events.find((e) => e.id === source.eventId) ?? null;
      const place = first?.place ? record.entities.find((e) => e.id === first.place) : undefined;
      events.push({ ...c, first, admin1: place?.geo?.admin1 ?? null });
    }
    if (offset + PAGE >= page.total) break;
  }
  return { records, events };
}
