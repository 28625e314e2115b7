// `--format csv`: one row per event (a cluster of reports), with its sources.
import { csvRow } from './csv.js';
import type { ExportEvent } from './events.js';
import { sourceRef } from './urls.js';

export const EVENT_CSV_COLUMNS = [
  'event_id',
  'type',
  'mode',
  'modality',
  'background',
  'context',
  'first_date',
  'last_date',
  'actors',
  'targets',
  'place',
  'country',
  'latitude',
  'longitude',
  'mentions',
  'source_count',
  'sources',
  'record_ids',
  'trigger',
  'sentence',
] as const;

/** Separator inside one multi-valued field. */
const LIST = ' | ';

export function* eventsCsv(events: readonly ExportEvent[]): Generator<string> {
  yield csvRow(EVENT_CSV_COLUMNS);
  for (const e of events) {
    yield csvRow([
      e.id,
      e.type,
      e.first?.mode,
      e.modality,
      e.first?.background ? 'true' : 'false',
      e.first?.context?.join(LIST),
      e.firstDate,
      e.lastDate,
      e.actors.map((a) => a.name).join(LIST),
      e.targets.map((t) => t.name).join(LIST),
      e.place?.name,
      e.place?.country,
      e.place?.lat,
      e.place?.lon,
      e.mentions,
      new Set(e.sources.map((s) => s.recordId)).size,
      e.sources.map((s) => sourceRef(s.source) ?? s.recordId).join(LIST),
      e.sources.map((s) => s.recordId).join(LIST),
      e.first?.trigger.text,
      e.first?.sentence.text.replace(/\s+/g, ' '),
    ]);
  }
}
