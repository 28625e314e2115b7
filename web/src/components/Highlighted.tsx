// The article text with every recognised fact as a highlighted span. The text is split at every
// span boundary into pieces; each piece is a React text node inside a <span> whose classes and
// title say what covers it. Nothing from the article is ever parsed as markup. A click on a
// highlight opens a panel listing everything recognised there (a piece can be inside a quote, an
// entity and an event at once), with links to the entity, the speaker's quotes and so on. A body
// link is a fact too: its panel opens the cited page in the reader when that page is stored, and
// otherwise shows its URL to open outside.
import { Fragment, useEffect, useMemo, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { ArticleRecord, Span } from '../../../src/record/types.ts';
import type { CitedLink } from '../../../src/store/store.ts';
import { entityKey } from '../../../src/record/entity-key.ts';
import { MODALITY_LABEL, quoted } from '../format.ts';
import { href, safeHref } from '../router.ts';
import { speakerName } from '../../../src/record/speaker-name.ts';

interface Link {
  text: string;
  href: string;
  /** A page outside the workbench: opened in a new tab, without a referrer. */
  external?: boolean;
}

/** What the panel shows for one recognised fact. */
export interface Detail {
  heading: string;
  rows: [string, string][];
  links: Link[];
}

interface Mark {
  span: Span;
  kind: 'entity' | 'quote' | 'time' | 'event' | 'quantity' | 'link' | 'target';
  className: string;
  /** The native tooltip's line. */
  label: string;
  detail?: Detail;
}

const row = (name: string, value: string | number | null | undefined): [string, string][] =>
  value === null || value === undefined || value === '' ? [] : [[name, String(value)]];

/** The mark of a body link; `cited` is the stored article it points to, when the store knows one. */
/** An event side's names: its entities, then its words alone ("police"), which link nowhere. */
const sideNames = (entities: readonly Link[], words: readonly { text: string }[] = []): string =>
  [...entities.map((a) => a.text), ...words.map((w) => w.text)].join(', ');

function linkMark(l: NonNullable<ArticleRecord['links']>[number], cited: CitedLink | undefined): Mark {
  const stored = cited?.recordId;
  const outside = safeHref(l.url);
  const kind = stored ? 'link to a stored article' : l.internal ? 'link within the site' : 'link to another site';
  return {
    span: l.span,
    kind: 'link',
    className: stored ? 'link link-stored' : 'link',
    label: `${kind}: ${l.url}`,
    detail: {
      heading: kind,
      rows: [
        ['URL', l.url],
        ...row('site', cited?.domain),
        ...row('stored as', stored ? (cited.recordTitle ?? '(untitled)') : null),
      ],
      links: [
        ...(stored ? [{ text: 'open it in the reader', href: href.article(stored) }] : []),
        ...(outside ? [{ text: 'open the page ↗', href: outside, external: true }] : []),
      ],
    },
  };
}

function marksOf(r: ArticleRecord, target: Span | null, cites: readonly CitedLink[]): Mark[] {
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  const entityLink = (id: string | null | undefined): Link | null => {
    const e = id ? byId.get(id) : undefined;
    return e ? { text: e.name, href: href.entity(entityKey(e)) } : null;
  };
  const marks: Mark[] = [];
  for (const e of r.entities) {
    const geo = e.geo && `${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)} (${e.geo.country})`;
    const about = [
      e.type,
      e.name,
      e.title && `title: ${e.title}`,
      e.affiliation && `affiliation: ${e.affiliation}`,
      geo && `at ${geo}`,
    ]
      .filter(Boolean)
      .join(' · ');
    const key = entityKey(e);
    const detail: Detail = {
      heading: `${e.type}: ${e.name}`,
      rows: [
        ...row('also', e.aliases.join(', ')),
        ...row('title', e.title),
        ...row('affiliation', e.affiliation),
        ...row('location', geo),
        ...row('mentions here', e.mentions.length),
      ],
      links: [
        { text: 'entity page', href: href.entity(key) },
        { text: 'search its articles', href: href.search({ entity: key }) },
        ...(e.type === 'PERSON' ? [{ text: 'quotes by them', href: href.quotes({ speaker: key }) }] : []),
      ],
    };
    for (const m of e.mentions)
      marks.push({ span: m, kind: 'entity', className: `ent ent-${e.type}`, label: about, detail });
  }
  for (const q of r.quotes) {
    const speakerEntity = q.speaker.entity ? byId.get(q.speaker.entity) : undefined;
    const speaker = speakerName(q.speaker, speakerEntity?.name);
    const speakerLink = entityLink(q.speaker.entity);
    const detail: Detail = {
      heading: `${q.kind} quote`,
      rows: [
        ['speaker', speaker],
        ...row('speaker in the text', q.speaker.text !== speaker ? q.speaker.text : null),
        ...row('cue', q.cue?.text),
        ['said', quoted(q.content.text)],
      ],
      links: [
        ...(speakerLink ? [{ text: `${speaker}'s page`, href: speakerLink.href }] : []),
        {
          text: `all quotes by ${speaker}`,
          href: href.quotes({ speaker: speakerEntity ? entityKey(speakerEntity) : speaker }),
        },
      ],
    };
    for (const piece of q.content.spans)
      marks.push({
        span: piece.span,
        kind: 'quote',
        className: `quote quote-${q.kind}`,
        label: `quote (${q.kind}) · speaker: ${speaker}`,
        detail,
      });
    marks.push({
      span: q.speaker.span,
      kind: 'quote',
      className: 'speaker',
      label: `speaker of a quote: ${speaker}`,
      detail: { ...detail, heading: `speaker of a ${q.kind} quote` },
    });
  }
  for (const t of r.times)
    marks.push({
      span: t.span,
      kind: 'time',
      className: 'time',
      label: `time (${t.type ?? 'DATE'}): ${t.value}${t.vague ? ' (vague)' : ''}`,
      detail: {
        heading: `time (${t.type ?? 'DATE'})`,
        rows: [
          ['text', t.text],
          ['normalised value', t.value === 'PRESENT_REF' ? 'PRESENT_REF (the present)' : t.value],
          ...row('resolved against', t.anchor && `${t.anchor}${t.anchorKind ? ` (${t.anchorKind})` : ''}`),
          ...row('tense', t.tense),
          ...row('approximate', t.vague ? 'yes' : null),
        ],
        links: [],
      },
    });
  for (const q of r.quantities)
    marks.push({
      span: q.span,
      kind: 'quantity',
      className: 'quantity',
      label: `quantity: ${q.value}${q.max ? `–${q.max}` : ''} ${q.noun}`,
      detail: {
        heading: 'quantity',
        rows: [
          ['text', q.text],
          ['value', `${q.value}${q.max ? `–${q.max}` : ''}`],
          ['counts', q.noun],
          ...row('unit', q.unit),
          ...row('approximate', q.approximate ? 'yes' : null),
        ],
        links: [],
      },
    });
  for (const ev of r.events) {
    const actors = ev.actors.map(entityLink).filter((l): l is Link => !!l);
    const targets = ev.targets.map(entityLink).filter((l): l is Link => !!l);
    const place = entityLink(ev.place);
    const actorNames = sideNames(actors, ev.actorWords);
    const targetNames = sideNames(targets, ev.targetWords);
    const label = [
      `event ${ev.type}`,
      MODALITY_LABEL[ev.modality],
      actorNames && `actors: ${actorNames}`,
      place && `place: ${place.text}`,
      ev.time && `time: ${ev.time}`,
    ]
      .filter(Boolean)
      .join(' · ');
    marks.push({
      span: ev.trigger.span,
      kind: 'event',
      className: `event mod-${ev.modality}`,
      label,
      detail: {
        heading: `event: ${ev.type}`,
        rows: [
          ['modality', MODALITY_LABEL[ev.modality]],
          ['trigger', ev.trigger.text],
          ...row('actors', actorNames),
          ...row('targets', targetNames),
          ...row('place', place?.text),
          ...row('time', ev.time),
          ...row('background', ev.background ? 'yes (context, not news)' : null),
        ],
        links: [
          ...[...actors, ...targets, ...(place ? [place] : [])],
          { text: `${ev.type} events on the timeline`, href: href.timeline({ type: ev.type }) },
        ],
      },
    });
  }
  const citedByUrl = new Map(cites.map((c) => [c.url, c]));
  for (const l of r.links ?? []) marks.push(linkMark(l, citedByUrl.get(l.url)));
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

/** The panel a click on a highlight opens: every fact recognised at that place. */
function DetailPanel({ text, details, onClose }: { text: string; details: Detail[]; onClose: () => void }) {
  useEffect(() => {
    const close = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    addEventListener('keydown', close);
    return () => removeEventListener('keydown', close);
  }, [onClose]);
  return (
    <aside className="detail-panel" role="dialog" aria-label="what was recognised here">
      <button type="button" className="close" onClick={onClose} aria-label="close">
        ×
      </button>
      <p className="muted">“{text}”</p>
      {details.map((d, i) => (
        <section key={i}>
          <h3>{d.heading}</h3>
          {d.rows.length > 0 && (
            <dl>
              {d.rows.map(([name, value]) => (
                <Fragment key={name}>
                  <dt>{name}</dt>
                  <dd>{value}</dd>
                </Fragment>
              ))}
            </dl>
          )}
          {d.links.length > 0 && (
            <p className="links">
              {d.links.map((l, j) => (
                <Fragment key={j}>
                  {j > 0 && ' · '}
                  {l.external ? (
                    <a href={l.href} rel="noopener noreferrer nofollow" target="_blank">
                      {l.text}
                    </a>
                  ) : (
                    <a href={l.href}>{l.text}</a>
                  )}
                </Fragment>
              ))}
            </p>
          )}
        </section>
      ))}
    </aside>
  );
}

export function Highlighted({
  record,
  target,
  cites,
}: {
  record: ArticleRecord;
  target: Span | null;
  /** The record's links as the store resolves them (until they load, none is known to be stored). */
  cites: readonly CitedLink[];
}) {
  const marks = useMemo(() => marksOf(record, target, cites), [record, target, cites]);
  const [open, setOpen] = useState<Piece | null>(null);
  const paragraphs: Span[] = record.paragraphs.length > 0 ? record.paragraphs : [[0, record.text.length]];
  useEffect(() => {
    document.getElementById('target')?.scrollIntoView({ block: 'center' });
  }, [record, target]);
  useEffect(() => setOpen(null), [record]);
  let targetShown = false;
  const details = open ? [...new Set(open.marks.map((m) => m.detail).filter((d): d is Detail => !!d))] : [];
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
            const title = p.marks
              .map((m) => m.label)
              .filter(Boolean)
              .join('\n');
            const className = p.marks.map((m) => m.className).join(' ');
            const clickable = p.marks.some((m) => m.detail);
            return (
              <span
                key={p.start}
                id={id}
                className={clickable ? `${className} hl` : className}
                title={title || undefined}
                {...(clickable && {
                  role: 'button',
                  tabIndex: 0,
                  onClick: () => setOpen(p),
                  onKeyDown: (e: ReactKeyboardEvent) => e.key === 'Enter' && setOpen(p),
                })}
              >
                {text}
              </span>
            );
          })}
        </p>
      ))}
      {open && (
        <DetailPanel text={record.text.slice(open.start, open.end)} details={details} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
