// "VOA Pentagon correspondent Carla Babb", "NPR Moscow correspondent Lucian Kim", "BBC Africa
// correspondent": a news outlet's acronym, then the beat its reporter covers (a place, an
// institution), before the reporter's title. The tagger reads the acronym and the beat as one
// organisation; they are two names.
import type { Doc } from '../../doc.js';
import type { TaggedSpan } from './model/tagger.js';
import { knownPlaces } from '../../resources/gazetteer.js';

/** A reporter's titles that follow the beat ("Pentagon correspondent", "Moscow bureau"). */
const REPORTER_TITLES: ReadonlySet<string> = new Set([
  'correspondent',
  'correspondents',
  'reporter',
  'reporters',
  'bureau',
]);

/** An outlet's acronym: two to five capitals ("AP", "VOA", "CNN"). */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * Splits a tagged name of two or more words that opens with an acronym and stands right before a
 * reporter's title into the acronym (ORG) and the beat: a place the gazetteer knows (GPE; LOC for
 * a continent or a region, as the rules type it later), else the tagger's type.
 */
export function splitOutletBeats(doc: Doc, tagged: readonly TaggedSpan[]): TaggedSpan[] {
  const t = doc.tokens;
  const out: TaggedSpan[] = [];
  for (const span of tagged) {
    const [from, to] = span.tok;
    const next = t[to];
    if (
      to - from < 2 ||
      !next ||
      next.sentence !== t[from].sentence ||
      !REPORTER_TITLES.has(next.lower) ||
      !ACRONYM.test(t[from].text)
    ) {
      out.push(span);
      continue;
    }
    const beat = doc.text.slice(t[from + 1].span[0], t[to - 1].span[1]);
    out.push({ tok: [from, from + 1], type: 'ORG' });
    out.push({ tok: [from + 1, to], type: knownPlaces(beat).length > 0 ? 'GPE' : span.type });
  }
  return out;
}
