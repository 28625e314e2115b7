// Builds the test corpus: the pages in ./pages.ts go through the real ingest (extract -> analyze ->
// SQLite), then each record gets a fixed set of facts (entities, quotes, events) located by
// substring, so the serving tests do not depend on how good the analysis components are today.
import { join } from 'node:path';
import { ingest } from '../../src/ingest/run.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { SourceEntry } from '../../src/sources/item.js';
import type {
  ArticleRecord,
  Entity,
  EntityType,
  Event,
  EventType,
  Geo,
  Modality,
  Quote,
  QuoteKind,
  Span,
} from '../../src/record/types.js';
import { BASE_PAGES, HOSTILE_PAGE, type TestPage } from './pages.js';

interface EntitySpec {
  type: EntityType;
  name: string;
  aliases?: string[];
  title?: string;
  affiliation?: string;
  geo?: Geo;
}
interface QuoteSpec {
  speaker: string;
  content: string;
  kind: QuoteKind;
}
interface EventSpec {
  type: EventType;
  modality: Modality;
  trigger: string;
  sentence: string;
  actors?: string[];
  place?: string;
  time?: string;
}
interface Facts {
  title: string;
  published: string;
  authors: string[];
  entities: EntitySpec[];
  quotes?: QuoteSpec[];
  events?: EventSpec[];
}

const GEO = {
  tajikistan: { lat: 38.5, lon: 71, country: 'TJ', geonameId: 1220409 },
  dushanbe: { lat: 38.5358, lon: 68.7791, country: 'TJ', geonameId: 1221874 },
  moscow: { lat: 55.7522, lon: 37.6156, country: 'RU', geonameId: 524901 },
  afghanistan: { lat: 33, lon: 66, country: 'AF', geonameId: 1149361 },
} satisfies Record<string, Geo>;

const PUTIN: EntitySpec = { type: 'PERSON', name: 'Vladimir Putin', aliases: ['Putin'], title: 'President' };
const RAKHMON: EntitySpec = {
  type: 'PERSON',
  name: 'Emomali Rakhmon',
  aliases: ['Rakhmon'],
  title: 'President',
  affiliation: 'Tajikistan',
};

export const FACTS: Record<string, Facts> = {
  [BASE_PAGES[0].url]: {
    title: 'Putin Commits to Military Build Up in Tajikistan',
    published: '2022-02-17',
    authors: ['Paul Goble'],
    entities: [
      PUTIN,
      RAKHMON,
      {
        type: 'PERSON',
        name: 'Sergey Markov',
        aliases: ['Markov'],
        title: 'director',
        affiliation: 'Moscow Institute for Political Research',
      },
      { type: 'ORG', name: 'Moscow Institute for Political Research' },
      { type: 'GPE', name: 'Tajikistan', geo: GEO.tajikistan },
      { type: 'GPE', name: 'Dushanbe', geo: GEO.dushanbe },
      { type: 'GPE', name: 'Afghanistan', geo: GEO.afghanistan },
    ],
    quotes: [
      {
        speaker: 'Vladimir Putin',
        content: 'we are actively working to strengthen the defense capabilities of Tajikistan.',
        kind: 'direct',
      },
    ],
    events: [
      {
        type: 'MOBILIZE',
        modality: 'future',
        trigger: 'expanding',
        sentence: 'Vladimir Putin has committed to expanding',
        actors: ['Vladimir Putin'],
        place: 'Tajikistan',
      },
      {
        type: 'CONSULT',
        modality: 'asserted',
        trigger: 'meeting',
        sentence: 'After the meeting, Putin said',
        actors: ['Vladimir Putin'],
        place: 'Dushanbe',
        time: '2022-02-17',
      },
      {
        type: 'ASSAULT',
        modality: 'possible',
        trigger: 'clashes',
        sentence: 'No one can exclude the possibility',
        place: 'Afghanistan',
        time: '2022',
      },
    ],
  },
  [BASE_PAGES[1].url]: {
    title: 'Rakhmon and Putin hold talks on border security',
    published: '2022-02-20',
    authors: ['Anna Petrova'],
    entities: [
      RAKHMON,
      PUTIN,
      { type: 'GPE', name: 'Moscow', geo: GEO.moscow },
      { type: 'GPE', name: 'Afghanistan', geo: GEO.afghanistan },
      { type: 'GPE', name: 'Tajikistan', geo: GEO.tajikistan },
      { type: 'ORG', name: 'Kremlin' },
    ],
    // A direct quote's content keeps the article's own quotation marks, as the quotes component records it.
    quotes: [{ speaker: 'Emomali Rakhmon', content: '“Our cooperation is stronger than ever,”', kind: 'direct' }],
    events: [
      {
        type: 'CONSULT',
        modality: 'asserted',
        trigger: 'met',
        sentence: 'President Emomali Rakhmon met Vladimir Putin',
        actors: ['Emomali Rakhmon'],
        place: 'Moscow',
        time: '2022-02-20',
      },
      {
        type: 'AID',
        modality: 'future',
        trigger: 'send',
        sentence: 'Russia will send additional equipment',
        place: 'Tajikistan',
        time: '2022-03',
      },
      {
        type: 'AGREE',
        modality: 'negated',
        trigger: 'sign',
        sentence: 'The two leaders did not sign',
        time: '2022-02-20',
      },
    ],
  },
  [BASE_PAGES[2].url]: {
    title: 'Hundreds protest in Dushanbe over fuel prices',
    published: '2022-03-02',
    authors: ['Timur Saidov'],
    entities: [{ type: 'GPE', name: 'Dushanbe', geo: GEO.dushanbe }],
    events: [
      {
        type: 'PROTEST',
        modality: 'asserted',
        trigger: 'protested',
        sentence: 'Hundreds of people protested',
        place: 'Dushanbe',
        time: '2022-03-02',
      },
      {
        type: 'COERCE',
        modality: 'negated',
        trigger: 'arrest',
        sentence: 'Police did not arrest anyone',
        place: 'Dushanbe',
        time: '2022-03-02',
      },
      {
        type: 'PROTEST',
        modality: 'hypothetical',
        trigger: 'protest',
        sentence: 'Organisers said they may protest again',
        place: 'Dushanbe',
      },
    ],
  },
  [HOSTILE_PAGE.url]: {
    title: 'Breaking <script>window.__datelinePwned=1</script> news about Dushanbe',
    published: '2022-03-05',
    authors: ['Mallory <img src=x onerror=alert(1)>'],
    entities: [{ type: 'GPE', name: 'Dushanbe', geo: GEO.dushanbe }],
    events: [
      {
        type: 'PROTEST',
        modality: 'asserted',
        trigger: 'protest',
        sentence: 'The protest in Dushanbe continued',
        place: 'Dushanbe',
        time: '2022-03-05',
      },
    ],
  },
};

function spansOf(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length))
    spans.push([i, i + needle.length]);
  return spans;
}

function first(text: string, needle: string): Span {
  const span = spansOf(text, needle)[0];
  if (!span) throw new Error(`test corpus: "${needle}" not in the extracted text`);
  return span;
}

/** The sentence around a span: from the previous sentence end to the next one. */
function sentenceAt(text: string, at: number): Span {
  const start = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1, 0);
  const stops = [text.indexOf('. ', at), text.indexOf('\n', at)].filter((i) => i >= 0);
  const end = stops.length > 0 ? Math.min(...stops) + 1 : text.length;
  return [start, end];
}

export function annotate(record: ArticleRecord, facts: Facts): ArticleRecord {
  const { text } = record;
  const entities: Entity[] = facts.entities
    .map((spec, i) => {
      // Mentions of the full name, then of aliases where they are not inside a full-name mention.
      const full = spansOf(text, spec.name);
      const alias = (spec.aliases ?? [])
        .flatMap((a) => spansOf(text, a))
        .filter(([s, e]) => !full.some(([fs, fe]) => s >= fs && e <= fe));
      return {
        id: `e${i + 1}`,
        type: spec.type,
        name: spec.name,
        aliases: spec.aliases ?? [],
        mentions: [...full, ...alias].sort((a, b) => a[0] - b[0]),
        ...(spec.title ? { title: spec.title } : {}),
        ...(spec.affiliation ? { affiliation: spec.affiliation } : {}),
        ...(spec.geo ? { geo: spec.geo } : {}),
      };
    })
    .filter((e) => e.mentions.length > 0);
  const idOf = (name: string) => entities.find((e) => e.name === name)?.id ?? null;
  const quotes: Quote[] = (facts.quotes ?? []).map((q, i) => {
    const content = first(text, q.content);
    const speaker = entities.find((e) => e.name === q.speaker)!;
    const near = speaker.mentions.reduce((best, m) =>
      Math.abs(m[0] - content[0]) < Math.abs(best[0] - content[0]) ? m : best,
    );
    return {
      id: `q${i + 1}`,
      kind: q.kind,
      speaker: { entity: speaker.id, text: text.slice(near[0], near[1]), span: near },
      cue: null,
      content: { text: q.content, span: content, spans: [{ text: q.content, span: content }] },
    };
  });
  const events: Event[] = (facts.events ?? []).map((ev, i) => {
    const anchor = first(text, ev.sentence);
    const trigger = first(text.slice(anchor[0]), ev.trigger).map((n) => n + anchor[0]) as unknown as Span;
    const sentence = sentenceAt(text, anchor[0]);
    return {
      id: `v${i + 1}`,
      type: ev.type,
      modality: ev.modality,
      actors: (ev.actors ?? []).map(idOf).filter((x): x is string => !!x),
      targets: [],
      place: ev.place ? idOf(ev.place) : null,
      time: ev.time ?? null,
      trigger: { text: ev.trigger, span: trigger },
      sentence: { text: text.slice(sentence[0], sentence[1]), span: sentence },
    };
  });
  return {
    ...record,
    title: record.title ?? facts.title,
    published: record.published ?? facts.published,
    authors: record.authors.length > 0 ? record.authors : facts.authors,
    entities,
    quotes,
    events,
    warnings: [...record.warnings, { code: 'test-fixture', message: 'facts added by the test corpus' }],
  };
}

function entriesOf(pages: TestPage[]): AsyncIterable<SourceEntry> {
  return (async function* () {
    for (const p of pages)
      yield {
        item: {
          key: p.url,
          url: p.url,
          contentType: 'text/html',
          read: async () => new TextEncoder().encode(p.content),
        },
      };
  })();
}

/** Ingests the test pages into a new database in `dir` (or into `into`) and annotates them; returns the open store. */
export async function buildTestCorpus(
  dir: string,
  into?: Store,
): Promise<{ store: Store; path: string; ids: Record<string, string> }> {
  const path = join(dir, 'test.db');
  const store = into ?? (await openStore(path));
  const pages = [...BASE_PAGES, HOSTILE_PAGE];
  const summary = await ingest(entriesOf(pages), store);
  if (summary.failed.length > 0) throw new Error(`test corpus: ${JSON.stringify(summary.failed)}`);
  const ids: Record<string, string> = {};
  for await (const record of store.records()) {
    const url = record.source.uri ?? '';
    const facts = FACTS[url];
    if (!facts) continue;
    await store.put(annotate(record, facts));
    ids[url] = record.id;
  }
  return { store, path, ids };
}
