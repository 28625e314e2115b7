// The citation graph export (GEXF) and the links CSV, from a real SQLite store of pages that cite
// one another, read back by real parsers: fast-xml-parser against the GEXF 1.3 structure, csv-parse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { LINKS_CSV_HEADER } from '../../src/export/links-csv.js';
import { citingCorpus, CITING_URLS } from '../helpers/citing-pages.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

interface Att {
  for: string;
  value: string;
}
const values = (el: { attvalues?: { attvalue: Att[] } }) =>
  Object.fromEntries((el.attvalues?.attvalue ?? []).map((a) => [a.for, a.value]));

describe('citation exports', () => {
  const dir = tempDir('dateline-citations-');
  const db = join(dir, 'c.db');
  const corpus = citingCorpus();

  beforeAll(async () => {
    const store = await openSqliteStore(db);
    for (const r of [corpus.report, corpus.blog, corpus.digest]) await store.put(r);
    await store.close();
  });

  it('writes GEXF 1.3 that an XML parser reads back: articles and sites as nodes, citations as edges, dates as attributes', async () => {
    const out = join(dir, 'graph.gexf');
    const r = await runCli(['export', '--db', db, '--format', 'gexf', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['node', 'edge', 'attribute', 'attvalue', 'attributes'].includes(name),
    }).parse(xml);
    const gexf = parsed.gexf;
    expect(gexf.xmlns).toBe('http://gexf.net/1.3');
    expect(gexf.version).toBe('1.3');
    const graph = gexf.graph;
    expect(graph.defaultedgetype).toBe('directed');
    const declared = Object.fromEntries(
      graph.attributes.map((a: { class: string; attribute: { id: string }[] }) => [
        a.class,
        a.attribute.map((x) => x.id),
      ]),
    );
    expect(declared.node).toEqual(expect.arrayContaining(['kind', 'published', 'url', 'domain']));
    expect(declared.edge).toEqual(expect.arrayContaining(['kind', 'published']));

    const nodes = new Map<string, Record<string, string>>(
      graph.nodes.node.map((n: { id: string; label: string; attvalues?: { attvalue: Att[] } }) => [
        n.id,
        { label: n.label, ...values(n) },
      ]),
    );
    // Every attvalue refers to a declared attribute, every edge to two nodes.
    for (const n of graph.nodes.node) for (const a of n.attvalues.attvalue) expect(declared.node).toContain(a.for);
    for (const e of graph.edges.edge) {
      expect(nodes.has(e.source) && nodes.has(e.target), `${e.source} -> ${e.target}`).toBe(true);
      for (const a of e.attvalues.attvalue) expect(declared.edge).toContain(a.for);
    }
    const { digest, report, blog } = corpus;
    expect(nodes.get(`article:${report.id}`)).toMatchObject({
      kind: 'article',
      label: 'Floods cut the valley road',
      published: '2022-03-02',
      url: CITING_URLS.report,
    });
    expect(nodes.get('domain:agency.example')).toMatchObject({ kind: 'domain', cited_links: '3' });
    expect([...nodes.keys()].filter((k) => k.startsWith('domain:')).sort()).toEqual(['domain:agency.example']);
    const edges = graph.edges.edge.map((e: { source: string; target: string; weight: string }) => [
      e.source,
      e.target,
      Number(e.weight),
      values(e as never).kind,
      values(e as never).published,
    ]);
    expect(edges).toEqual(
      expect.arrayContaining([
        [`article:${digest.id}`, `article:${report.id}`, 1, 'cites-article', '2022-03-05'],
        [`article:${digest.id}`, `article:${blog.id}`, 1, 'cites-article', '2022-03-05'],
        [`article:${digest.id}`, 'domain:agency.example', 2, 'cites-domain', '2022-03-05'],
        [`article:${blog.id}`, `article:${report.id}`, 1, 'cites-article', '2022-03-04'],
        [`article:${report.id}`, 'domain:agency.example', 1, 'cites-domain', '2022-03-02'],
      ]),
    );
    expect(edges).toHaveLength(5);
  });

  it('the CSV export writes a links file beside the events file; links-csv writes it alone', async () => {
    const out = join(dir, 'events.csv');
    const r = await runCli(['export', '--db', db, '--format', 'csv', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`links of the exported records to ${join(dir, 'events.links.csv')}`);
    const rows = parseCsv(readFileSync(join(dir, 'events.links.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(Object.keys(rows[0])).toEqual([...LINKS_CSV_HEADER]);
    expect(rows).toHaveLength(7);
    const { digest, report } = corpus;
    const first = rows.find((x) => x.record_id === digest.id && x.position === '0')!;
    expect(first).toMatchObject({
      url: CITING_URLS.report,
      domain: 'news.example',
      internal: 'false',
      anchor_text: 'reports the News',
      cited_record_id: report.id,
    });
    expect(digest.text.slice(Number(first.start), Number(first.end))).toBe('reports the News');
    const own = rows.find((x) => x.record_id === digest.id && x.internal === 'true')!;
    expect(own).toMatchObject({ url: 'https://digest.example/2022/02/earlier-roundup', cited_record_id: '' });

    const alone = await runCli(['export', '--db', db, '--format', 'links-csv']);
    expect(alone.status, alone.stderr).toBe(0);
    expect(parseCsv(alone.stdout, { columns: true })).toEqual(rows);
  });
});
