// The citation graph of a set of records, for the GEXF export and the links CSV: which record's
// links point to which other record of the set (by its source or canonical URL) and to which
// outside sites. Built from the records themselves, so it needs nothing from the store.
import { recordUrls, siteOf } from '../record/link-url.js';
import type { ArticleRecord, Link } from '../record/types.js';

export interface GraphArticle {
  id: string;
  title: string | null;
  published: string | null;
  url: string | null;
  domain: string | null;
}

export interface GraphEdge {
  /** Record id. */
  source: string;
  /** Record id (kind 'article') or site (kind 'domain'). */
  target: string;
  kind: 'article' | 'domain';
  /** Links behind the edge. */
  weight: number;
  /** The citing record's publication date. */
  published: string | null;
}

export interface CitationGraph {
  articles: GraphArticle[];
  /** Sites cited by external links, with the number of links to each. */
  domains: Map<string, number>;
  edges: GraphEdge[];
}

/** A link as the links CSV lists it: with its record and the record of the set it points to. */
export interface LinkRow {
  record: ArticleRecord;
  position: number;
  link: Link;
  domain: string;
  citedRecord: string | null;
}

/** Every link of the records with the record of the set it cites, if any (not the record itself). */
export function linkRows(records: readonly ArticleRecord[]): LinkRow[] {
  const byUrl = new Map<string, string>();
  for (const r of records) for (const u of recordUrls(r)) if (!byUrl.has(u)) byUrl.set(u, r.id);
  const rows: LinkRow[] = [];
  for (const record of records)
    (record.links ?? []).forEach((link, position) => {
      const cited = byUrl.get(link.url);
      rows.push({
        record,
        position,
        link,
        domain: siteOf(link.url) ?? '',
        citedRecord: cited && cited !== record.id ? cited : null,
      });
    });
  return rows;
}

export function citationGraph(records: readonly ArticleRecord[]): CitationGraph {
  const articles = records.map((r) => {
    const url = recordUrls(r)[0] ?? null;
    return { id: r.id, title: r.title, published: r.published, url, domain: url ? siteOf(url) : null };
  });
  const domains = new Map<string, number>();
  const edges = new Map<string, GraphEdge>();
  const add = (source: ArticleRecord, target: string, kind: GraphEdge['kind']) => {
    const key = `${source.id}\u0000${kind}\u0000${target}`;
    const edge = edges.get(key);
    if (edge) edge.weight++;
    else edges.set(key, { source: source.id, target, kind, weight: 1, published: source.published });
  };
  for (const row of linkRows(records)) {
    if (row.citedRecord) add(row.record, row.citedRecord, 'article');
    else if (!row.link.internal && row.domain) {
      add(row.record, row.domain, 'domain');
      domains.set(row.domain, (domains.get(row.domain) ?? 0) + 1);
    }
  }
  return { articles, domains, edges: [...edges.values()] };
}
