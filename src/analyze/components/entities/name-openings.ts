// "the [Argus] Leader", "The [Wireless] Charging Case", "the [Davis] Cup", "the [Series] 3": the
// tagger reads the first word of a longer name as a people (NORP) where the word could be one and
// leaves the rest of the name out. A people's word that no country's demonym and no list of groups
// holds, written right before a capitalised word or a number, opens a longer name (a newspaper's,
// a product's, a competition's) and is no people. Where the rest is an organisation the tagger
// found ("[Independent] [National Electoral Commission]"), the word is the first of its name.
// "Chinese President Xi" keeps its demonym, "Democratic Senator" its party, "African American"
// both its peoples, "the Kurdish leader" its people.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { GROUP_NAMES, PERSON_TITLES } from './lexicon.js';

/** A word that goes on a name: capitalised or a number ("Series 3"). */
const NAME_WORD = /^[\p{Lu}\d]/u;

/** A one-word NORP mention that is no demonym or group name. */
const unlistedPeople = (m: Mention) =>
  m.type === 'NORP' && m.tok[1] - m.tok[0] === 1 && m.cc === undefined && !GROUP_NAMES.has(m.text.toLowerCase());

/**
 * Drops the NORP mentions of words that are no demonym or group name and open a longer name: the
 * next word, across one space in the same sentence, is capitalised or a number, and no other
 * mention starts there or (after a title's word: "the Argus Leader") right after it. Joins such a
 * word to an organisation the tagger found starting right after it.
 */
export function dropNameOpenings(doc: Doc, mentions: Mention[]): Mention[] {
  if (!mentions.some(unlistedPeople)) return mentions;
  const startingAt = new Map(mentions.map((m) => [m.tok[0], m]));
  const out: Mention[] = [];
  const joined = new Set<Mention>();
  for (const m of mentions) {
    if (joined.has(m)) continue;
    const next = doc.tokens[m.tok[1]];
    if (
      !unlistedPeople(m) ||
      !next ||
      next.sentence !== doc.tokens[m.tok[0]].sentence ||
      doc.text.slice(m.span[1], next.span[0]) !== ' ' ||
      !NAME_WORD.test(next.text)
    ) {
      out.push(m);
      continue;
    }
    const after = startingAt.get(m.tok[1]);
    if (after?.type === 'ORG') {
      const span: [number, number] = [m.span[0], after.span[1]];
      out.push({ ...after, span, tok: [m.tok[0], after.tok[1]], text: doc.text.slice(span[0], span[1]) });
      joined.add(after);
      continue;
    }
    // "Kurdish President ...", "Republican Leader Mitch McConnell": a title opening a person's name.
    if (after || (PERSON_TITLES.has(next.lower) && startingAt.has(m.tok[1] + 1))) out.push(m);
  }
  return out;
}
