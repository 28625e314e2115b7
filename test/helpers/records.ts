// Builds real records through the real pipeline for tests.
import { extract, type ExtractInput } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord, Event } from '../../src/record/types.js';

export function recordFrom(content: string, opts: Partial<ExtractInput> = {}): ArticleRecord {
  return analyze(extract({ content, format: 'body', ...opts }));
}

/** The record's events of one type. */
export function eventsOfType(r: ArticleRecord, type: string): Event[] {
  return r.events.filter((e) => e.type === type);
}

/** The record's first event of one type; with none, an error listing the events it has. */
export function eventOfType(r: ArticleRecord, type: string): Event {
  const e = r.events.find((x) => x.type === type);
  if (!e)
    throw new Error(`no ${type}; got ${JSON.stringify(r.events.map((x) => [x.type, x.modality, x.trigger.text]))}`);
  return e;
}

/** Every (label, text, span) in a record that claims to quote its text. */
export function textSpans(r: ArticleRecord): { label: string; text: string; span: readonly [number, number] }[] {
  const out: { label: string; text: string; span: readonly [number, number] }[] = [];
  r.quotes.forEach((q, i) => {
    q.content.spans.forEach((p, j) => out.push({ label: `quote ${i} content piece ${j}`, ...p }));
    if (q.cue) out.push({ label: `quote ${i} cue`, ...q.cue });
    out.push({ label: `quote ${i} speaker`, text: q.speaker.text, span: q.speaker.span });
  });
  r.times.forEach((t, i) => out.push({ label: `time ${i}`, text: t.text, span: t.span }));
  r.quantities.forEach((q, i) => out.push({ label: `quantity ${i}`, text: q.text, span: q.span }));
  r.events.forEach((e, i) => {
    out.push({ label: `event ${i} trigger`, ...e.trigger });
    out.push({ label: `event ${i} sentence`, ...e.sentence });
    (e.actorWords ?? []).forEach((w, j) => out.push({ label: `event ${i} actor words ${j}`, ...w }));
    (e.targetWords ?? []).forEach((w, j) => out.push({ label: `event ${i} target words ${j}`, ...w }));
  });
  (r.links ?? []).forEach((l, i) => {
    out.push({ label: `link ${i}`, text: l.text, span: l.span });
    out.push({ label: `link ${i} sentence`, ...l.sentence });
  });
  return out;
}
