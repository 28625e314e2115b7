// The article text with every recognised fact as a highlighted span. The text is split at every
// span boundary into pieces; each piece is a React text node inside a <span> whose classes and
// title say what covers it. Nothing from the article is ever parsed as markup.
import { Fragment, useEffect, useMemo } from 'react';
import type { ArticleRecord, Span } from '../../../src/record/types.ts';
import { entityKey } from '../../../src/record/entity-key.ts';
import { MODALITY_LABEL } from '../format.ts';
import { href } from '../router.ts';

interface Mark {
  span: Span;
  kind: 'entity' | 'quote' | 'time' | 'event' | 'quantity' | 'target';
  className: string;
  label: string;
  link?: string;
}

function marksOf(r: ArticleRecord, target: Span | null): Mark[] {
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  const marks: Mark[] = [];
  for (const e of r.entities) {
    const about = [
      e.type,
      e.name,
      e.title && `title: ${e.title}`,
      e.affiliation && `affiliation: ${e.affiliation}`,
      e.geo && `at ${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)} (${e.geo.country})`,
    ]
      .filter(Boolean)
      .join(' · ');
    for (const m of e.mentions)
      marks.push({
        span: m,
        kind: 'entity',
        className: `ent ent-${e.type}`,
        label: about,
        link: href.entity(entityKey(e)),
      });
  }
  for (const q of r.quotes) {
    const speaker = q.speaker.entity ? (byId.get(q.speaker.entity)?.name ?? q.speaker.text) : q.speaker.text;
    for (const piece of q.content.spans)
      marks.push({
        span: piece.span,
        kind: 'quote',
        className: `quote quote-${q.kind}`,
        label: `quote (${q.kind}) · speaker: ${speaker}`,
      });
    marks.push({ span: q.speaker.span, kind: 'quote', className: 'speaker', label: `speaker of a quote: ${speaker}` });
  }
  for (const t of r.times)
    marks.push({
      span: t.span,
      kind: 'time',
      className: 'time',
      label: `time (${t.type ?? 'DATE'}): ${t.value}${t.vague ? ' (vague)' : ''}`,
    });
  for (const q of r.quantities)
    marks.push({
      span: q.span,
      kind: 'quantity',
      className: 'quantity',
      label: `quantity: ${q.value}${q.max ? `–${q.max}` : ''} ${q.noun}`,
    });
  for (const ev of r.events) {
    const actors = ev.actors
      .map((a) => byId.get(a)?.name)
      .filter(Boolean)
      .join(', ');
    const place = ev.place ? byId.get(ev.place)?.name : null;
    const label = [
      `event ${ev.type}`,
      MODALITY_LABEL[ev.modality],
      actors && `actors: ${actors}`,
      place && `place: ${place}`,
      ev.time && `time: ${ev.time}`,
    ]
      .filter(Boolean)
      .join(' · ');
    marks.push({ span: ev.trigger.span, kind: 'event', className: `event mod-${ev.modality}`, label });
  }
  if (target) marks.push({ span: target, kind: 'target', className: 'target', label: '' });
  return marks.filter((m) => m.span[0] < m.span[1] && m.span[0] >= 0 && m.span[1] <= r.text.length);
}

interface Piece {
  start: number;
  end: number;
  marks: Mark[];
}

/** Splits [from, to) at every mark boundary; each piece lists the marks that cover it. */
function pieces(from: number, to: number, marks: Mark[]): Piece[] {
  const inside = marks.filter((m) => m.span[0] < to && m.span[1] > from);
  const cuts = new Set([from, to]);
  for (const m of inside) {
    if (m.span[0] > from) cuts.add(m.span[0]);
    if (m.span[1] < to) cuts.add(m.span[1]);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(0, -1).map((start, i) => {
    const end = sorted[i + 1];
    return { start, end, marks: inside.filter((m) => m.span[0] <= start && m.span[1] >= end) };
  });
}

export function Highlighted({ record, target }: { record: ArticleRecord; target: Span | null }) {
  const marks = useMemo(() => marksOf(record, target), [record, target]);
  const paragraphs: Span[] = record.paragraphs.length > 0 ? record.paragraphs : [[0, record.text.length]];
  useEffect(() => {
    document.getElementById('target')?.scrollIntoView({ block: 'center' });
  }, [record, target]);
  let targetShown = false;
  return (
    <div className="article-text">
      {paragraphs.map(([from, to], i) => (
        <p key={i}>
          {pieces(from, to, marks).map((p) => {
            const text = record.text.slice(p.start, p.end);
            if (p.marks.length === 0) return <Fragment key={p.start}>{text}</Fragment>;
            const isTarget = p.marks.some((m) => m.kind === 'target');
            const id = isTarget && !targetShown ? 'target' : undefined;
            if (id) targetShown = true;
            const entity = p.marks.find((m) => m.kind === 'entity');
            const title = p.marks
              .map((m) => m.label)
              .filter(Boolean)
              .join('\n');
            const className = p.marks.map((m) => m.className).join(' ');
            return entity?.link ? (
              <a key={p.start} id={id} href={entity.link} className={className} title={title}>
                {text}
              </a>
            ) : (
              <span key={p.start} id={id} className={className} title={title || undefined}>
                {text}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
