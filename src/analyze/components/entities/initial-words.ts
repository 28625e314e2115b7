// "Long considered one of the Rock & Roll Hall of Fame's great slights, the band ...": a sentence
// opens with a capital whatever its first word is, so there a common word the gazetteer also knows
// as a small town ("Long", a Thai district) reads to the tagger as that town. Such a word is no
// place when it is a word of wink's English lexicon, the next word goes on in lower case (no
// longer name) and no place it may name is a country, a region or a town of 100,000 or more
// ("Reading", "Mobile", "Nice" stay places).
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { isLexiconWord } from '../tokens.js';

/** Towns this populous are named at a sentence's start as often as any word (index.ts' lone-town bar). */
const MIN_INITIAL_TOWN_POP = 100_000;

export function dropInitialCommonWords(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => !(isSmallTownAtStart(doc, m) && isLexiconWord(m.text)));
}

function isSmallTownAtStart(doc: Doc, m: Mention): boolean {
  const [from, to] = m.tok;
  if ((m.type !== 'GPE' && m.type !== 'LOC') || to - from !== 1 || !m.places?.length) return false;
  if (
    m.places.some(
      (p) => p.kind === 'country' || p.kind === 'admin1' || p.kind === 'region' || p.pop >= MIN_INITIAL_TOWN_POP,
    )
  )
    return false;
  const sentence = doc.tokens[from].sentence;
  let first = doc.sentences[sentence].tokens[0];
  while (first < from && (doc.tokens[first].pos === 'PUNCT' || doc.tokens[first].pos === 'SYM')) first++;
  const next = doc.tokens[to];
  return first === from && next !== undefined && next.sentence === sentence && /^\p{Ll}/u.test(next.text);
}
