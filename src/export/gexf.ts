// `--format gexf`: the citation graph in GEXF 1.3 (https://gexf.net), the format Gephi opens.
// Nodes are the articles and the outside sites they cite; edges are citations, directed from the
// citing article, weighted by the number of links; dates are attributes (an article's publication
// date, an edge's citing date) so Gephi can filter and colour by them.
import { XMLBuilder } from 'fast-xml-parser';
import type { ArticleRecord } from '../record/types.js';
import { citationGraph } from './citation-graph.js';
import { webUrl } from './urls.js';

/** Characters XML 1.0 does not allow anywhere, even escaped. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const clean = (s: string) => s.replace(NOT_XML, '');

const NODE_ATTRIBUTES = [
  { id: 'kind', title: 'kind', type: 'string' },
  { id: 'published', title: 'published', type: 'string' },
  { id: 'url', title: 'url', type: 'anyURI' },
  { id: 'domain', title: 'domain', type: 'string' },
  { id: 'cited_links', title: 'cited links', type: 'integer' },
];
const EDGE_ATTRIBUTES = [
  { id: 'kind', title: 'kind', type: 'string' },
  { id: 'published', title: 'published', type: 'string' },
];

type Values = Record<string, string | number | null | undefined>;

const attvalues = (values: Values) => ({
  attvalue: Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ({ '@_for': k, '@_value': clean(String(v)) })),
});

const declare = (cls: string, list: typeof NODE_ATTRIBUTES) => ({
  '@_class': cls,
  attribute: list.map((a) => ({ '@_id': a.id, '@_title': a.title, '@_type': a.type })),
});

/** Node ids: articles and sites live in one id space, so each is prefixed with its kind. */
export const articleNode = (id: string) => `article:${id}`;
export const domainNode = (domain: string) => `domain:${domain}`;

export function gexf(records: readonly ArticleRecord[]): string {
  const graph = citationGraph(records);
  const nodes = [
    ...graph.articles.map((a) => ({
      '@_id': articleNode(a.id),
      '@_label': clean(a.title ?? a.url ?? a.id),
      attvalues: attvalues({ kind: 'article', published: a.published, url: webUrl(a.url), domain: a.domain }),
    })),
    ...[...graph.domains].map(([domain, links]) => ({
      '@_id': domainNode(domain),
      '@_label': clean(domain),
      attvalues: attvalues({ kind: 'domain', domain, cited_links: links }),
    })),
  ];
  const edges = graph.edges.map((e, i) => ({
    '@_id': `e${i}`,
    '@_source': articleNode(e.source),
    '@_target': e.kind === 'article' ? articleNode(e.target) : domainNode(e.target),
    '@_weight': e.weight,
    attvalues: attvalues({ kind: e.kind === 'article' ? 'cites-article' : 'cites-domain', published: e.published }),
  }));
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3',
      '@_version': '1.3',
      meta: { creator: 'dateline', description: 'Citations between articles and the sites they cite' },
      graph: {
        '@_mode': 'static',
        '@_defaultedgetype': 'directed',
        attributes: [declare('node', NODE_ATTRIBUTES), declare('edge', EDGE_ATTRIBUTES)],
        nodes: { node: nodes },
        edges: { edge: edges },
      },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
  return builder.build(doc) as string;
}
