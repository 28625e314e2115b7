// `--format atom`: an Atom 1.0 feed (RFC 4287) of the matching articles or events, a digest
// others can subscribe to. No clock: the feed's <updated> is its newest entry's date.
import type { ArticleRecord } from '../record/types.js';
import type { ExportEvent } from './events.js';
import { webUrl } from './urls.js';

export interface AtomOptions {
  /** The feed's title, e.g. the query as typed. */
  title: string;
  /** A stable identifier for the feed (a tag: or urn: IRI), e.g. derived from the query. */
  id: string;
  /** Link to the feed itself, when it is served. */
  self?: string;
}

/** Characters of the article text used as an entry's summary. */
const SUMMARY_CHARS = 400;
/** Date-times for feeds with nothing dated. */
const EPOCH = '1970-01-01T00:00:00Z';

const escapeXml = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '') // not allowed in XML 1.0
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** An ISO date or date-time as an RFC 3339 date-time. */
function dateTime(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

interface Entry {
  id: string;
  title: string;
  updated: string;
  link?: string;
  authors: string[];
  summary: string;
  categories: string[];
}

function feed(opts: AtomOptions, entries: readonly Entry[]): string {
  const updated =
    entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? EPOCH;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(opts.title)}</title>`,
    `  <id>${escapeXml(opts.id)}</id>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>dateline</name></author>',
    '  <generator>dateline</generator>',
    ...[webUrl(opts.self)].flatMap((self) => (self ? [`  <link rel="self" href="${escapeXml(self)}"/>`] : [])),
  ];
  for (const e of entries) {
    lines.push('  <entry>');
    lines.push(
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <updated>${e.updated}</updated>`,
    );
    if (e.link) lines.push(`    <link rel="alternate" href="${escapeXml(e.link)}"/>`);
    for (const a of e.authors) lines.push(`    <author><name>${escapeXml(a)}</name></author>`);
    for (const c of e.categories) lines.push(`    <category term="${escapeXml(c)}"/>`);
    lines.push(`    <summary>${escapeXml(e.summary)}</summary>`, '  </entry>');
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

export function atomOfArticles(records: readonly ArticleRecord[], opts: AtomOptions): string {
  const entries = [...records].reverse().map((r): Entry => ({
    id: `urn:dateline:record:${r.id}`,
    title: r.title ?? r.text.slice(0, 80).replace(/\s+/g, ' '),
    updated: dateTime(r.modified) ?? dateTime(r.published) ?? dateTime(r.source.fetchedAt) ?? EPOCH,
    link: webUrl(r.canonicalUrl) ?? webUrl(r.source.uri),
    authors: r.authors,
    summary: r.text.slice(0, SUMMARY_CHARS).replace(/\s+/g, ' ').trim(),
    categories: [...new Set(r.events.map((e) => e.type))],
  }));
  return feed(opts, entries);
}

export function atomOfEvents(events: readonly ExportEvent[], opts: AtomOptions): string {
  const entries = events.map((e): Entry => ({
    id: `urn:dateline:event:${e.id}`,
    title: `${e.type} (${e.modality})${e.place ? ` in ${e.place.name}` : ''}${e.firstDate ? `, ${e.firstDate}` : ''}`,
    updated: dateTime(e.lastDate) ?? EPOCH,
    link: e.sources.map((s) => webUrl(s.source)).find((u) => u !== undefined),
    authors: [],
    summary: `${e.first?.sentence.text.replace(/\s+/g, ' ') ?? ''} (${e.sources.length} source${e.sources.length === 1 ? '' : 's'})`,
    categories: [e.type, e.modality, ...(e.first?.context ?? [])],
  }));
  return feed(opts, entries);
}
