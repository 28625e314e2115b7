// The search queries bench:scale and bench:search-scale time: common and rare words, phrases,
// prefixes, filters, facets and paging, over the words of the generated story pages
// (test/ingest/pages.ts).
import type { SearchQuery } from '../src/store/index.js';

export const QUERIES: SearchQuery[] = [
  { text: 'council' },
  { text: 'said' },
  { text: 'vote' },
  { text: 'bridge' },
  { text: 'Dushanbe' },
  { text: 'Valparaiso' },
  { text: '"water tariffs"' },
  { text: '"school meals"' },
  { text: 'audit published' },
  { text: 'opponents argued' },
  { text: 'hosp*' },
  { text: 'libr*' },
  { text: 'council', since: '2020-01-01' },
  { text: 'council', limit: 20, offset: 40 },
  { entity: 'Lagos' }, // a name: places are keyed by their GeoNames id
  { place: 'Leipzig' },
  { text: 'council', author: 'x' },
  { source: 'pages/1' },
  {},
  { text: 'months debate', limit: 50 },
];
