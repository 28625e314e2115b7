// Human-readable views of records and search results for the terminal.
import type { ArticleRecord, ProvenanceField } from '../record/types.js';
import type { SearchPage } from '../store/store.js';
import { oneLine } from './escape.js';
import { speakerName } from '../record/speaker-name.js';

const PREVIEW_CHARS = 400;
const LIST_MAX = 12;

/** TIMEX3 reference values, which a reader does not know by their code. */
const REF_MEANING: Readonly<Record<string, string>> = {
  PRESENT_REF: 'the present',
  PAST_REF: 'the past',
  FUTURE_REF: 'the future',
};

/** How the events section marks what it did not find; printed below the section. */
const EVENTS_LEGEND = 'actors → targets @ place (time): "trigger"; ? no actor found, - no target';

export interface RecordView {
  /** The input the record came from, as a heading. */
  input?: string;
  /** List every item of each section instead of the first LIST_MAX. */
  all?: boolean;
}

export function formatRecord(r: ArticleRecord, view: RecordView = {}): string {
  const { input } = view;
  const max = view.all ? Infinity : LIST_MAX;
  const lines: string[] = [];
  if (input) lines.push(`== ${input}`);
  lines.push(`id         ${r.id}`);
  const from = (field: ProvenanceField): string => (r.provenance?.[field] ? `  (from ${r.provenance[field]})` : '');
  lines.push(`title      ${r.title ?? '(none)'}${from('title')}`);
  lines.push(`authors    ${r.authors.join('; ') || '(none)'}${from('authors')}`);
  lines.push(`published  ${r.published ?? '(unknown)'}${from('published')}`);
  if (r.modified) lines.push(`modified   ${r.modified}${from('modified')}`);
  if (r.dateline)
    lines.push(
      `dateline   ${r.dateline.raw}  →  ${r.dateline.place ?? '?'}${r.dateline.geo ? ` (${r.dateline.geo.country})` : ''}, ${r.dateline.date ?? 'no date'}`,
    );
  lines.push(`language   ${r.language}${from('language')}`);
  lines.push(`source     ${r.source.uri ?? r.source.path ?? ''} [${r.source.format}]`);
  lines.push(
    `text       ${r.paragraphs.length} paragraphs, ${r.text.length} characters; ${r.comments.length} comments`,
  );
  const preview = r.text.length > PREVIEW_CHARS ? r.text.slice(0, PREVIEW_CHARS) + '…' : r.text;
  lines.push('', ...indent(preview).split('\n'), '');
  if (r.analyses && r.analyses.length > 0) {
    section(
      lines,
      max,
      'entities',
      r.entities.map(
        (e) =>
          `${e.type.padEnd(6)} ${e.name}${e.title ? `, ${e.title}` : ''}${e.affiliation ? ` (${e.affiliation})` : ''}${e.geo ? `  @ ${e.geo.lat.toFixed(2)},${e.geo.lon.toFixed(2)} ${e.geo.country}` : ''}  ×${e.mentions.length}`,
      ),
    );
    const names = new Map(r.entities.map((e) => [e.id, e.name]));
    section(
      lines,
      max,
      'quotes',
      r.quotes.map(
        (q) =>
          `${q.kind.padEnd(8)} ${speakerName(q.speaker, q.speaker.entity ? names.get(q.speaker.entity) : undefined)}${q.cue ? ` (${q.cue.text})` : ''}: ${clip(q.content.text)}`,
      ),
    );
    section(
      lines,
      max,
      'times',
      r.times.map(
        (t) => `${t.type.padEnd(8)} ${t.text} → ${t.value}${REF_MEANING[t.value] ? ` (${REF_MEANING[t.value]})` : ''}`,
      ),
    );
    section(
      lines,
      max,
      'quantities',
      r.quantities.map((q) => `${q.text} → ${q.value} ${q.noun}`),
    );
    // Entities by name, then the sides named by words alone ("police").
    const sides = (ids: readonly string[], words: readonly { text: string }[] = []) =>
      [...ids.map((a) => names.get(a) ?? a), ...words.map((w) => w.text)].join(', ');
    section(
      lines,
      max,
      'events',
      r.events.map(
        (e) =>
          `${e.type.padEnd(9)} ${e.modality.padEnd(12)} ${sides(e.actors, e.actorWords) || '?'} → ${sides(e.targets, e.targetWords) || '-'}${e.place ? ` @ ${names.get(e.place)}` : ''}${e.time ? ` (${e.time})` : ''}: "${e.trigger.text}"`,
      ),
    );
    if (r.events.length > 0) lines.push(`  (${EVENTS_LEGEND})`);
  }
  section(
    lines,
    Infinity,
    'warnings',
    r.warnings.map((w) => `${w.code}: ${w.message}`),
  );
  // Every entry is one line: what came from the page cannot start another or drive the terminal.
  return lines.map(oneLine).join('\n');
}

export function formatSearch(page: SearchPage, offset: number): string {
  if (page.total === 0) return 'no matches';
  // Past the store's cap the total is a lower bound (totalRelation "gte"): "10,000+ matches".
  const atLeast = page.totalRelation === 'gte';
  const lines = [
    `${page.total}${atLeast ? '+' : ''} match${page.total === 1 && !atLeast ? '' : 'es'}${page.total > page.hits.length ? `, showing ${offset + 1}-${offset + page.hits.length}` : ''}`,
    '',
  ];
  for (const h of page.hits) {
    lines.push(`${h.id.slice(0, 12)}  ${h.published?.slice(0, 10) ?? '----------'}  ${h.title ?? '(untitled)'}`);
    lines.push(`              ${h.authors.join('; ') || 'no author'} · ${h.source ?? ''}`);
    lines.push(`              ${h.snippet}`, '');
  }
  return lines.map(oneLine).join('\n').trimEnd();
}

function section(lines: string[], max: number, name: string, items: string[]): void {
  if (items.length === 0) return;
  lines.push(`${name} (${items.length})`);
  for (const item of items.slice(0, max)) lines.push(`  ${item}`);
  if (items.length > max) lines.push(`  … ${items.length - max} more (--all lists them)`);
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

function clip(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
