// "Cocoa (1-2): [Jordan] Munoz 8 saves": the tagger may cut a given name that is also a country's
// name from the person and read it as the place. Where the same document names a person in full
// with that word first ("Jordan Spira"), the word is a given name there too when a name follows
// it: the word and that name are the person. The evidence is the document's own (one sense per
// discourse, as consistency.ts), so "Egypt and Jordan" stay places, and so does "flew to Jordan"
// beside Jordan Spira: only a place followed right away by a capitalised name that is no dictionary
// word (or a word of a person the document names) and makes no place with it is read so.
import type { Doc } from '../../doc.js';
import { newMention, type Mention } from './classify.js';
import { personWords } from './consistency.js';
import { isCapitalised } from '../../../text/letters.js';
import { isLexiconWord } from '../tokens.js';
import { knownPlaces } from '../../resources/gazetteer.js';

/** The first words of the people the document names in full ("Jordan" of "Jordan Spira"). */
function givenNames(mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions)
    if (m.type === 'PERSON' && m.tok[1] - m.tok[0] >= 2) {
      const first = m.text.slice(0, m.text.indexOf(' '));
      if (first && isCapitalised(first)) out.add(first);
    }
  return out;
}

/** One-word places that are a person's given name before the person's surname, joined into the person. */
export function givenNamesOfPeople(doc: Doc, mentions: Mention[]): Mention[] {
  let given: Set<string> | undefined;
  let surnames: Set<string> | undefined;
  const t = doc.tokens;
  const drop = new Set<Mention>();
  const out = mentions.map((m) => {
    if ((m.type !== 'GPE' && m.type !== 'LOC') || m.tok[1] - m.tok[0] !== 1) return m;
    given ??= givenNames(mentions);
    if (!given.has(m.text)) return m;
    const k = m.tok[1];
    const next = t[k];
    if (!next || next.sentence !== t[m.tok[0]].sentence || !isCapitalised(next.text) || next.pos !== 'PROPN') return m;
    // Whatever the tagger made of the next word: nothing, or a one-word person or undecided name.
    const there = mentions.find((n) => n !== m && n.tok[0] <= k && n.tok[1] > k);
    if (there && (there.tok[0] !== k || there.tok[1] !== k + 1 || (there.type !== 'PERSON' && there.type !== null)))
      return m;
    surnames ??= personWords(mentions);
    if (isLexiconWord(next.text) && !surnames.has(next.text)) return m;
    const text = doc.text.slice(m.span[0], next.span[1]);
    if (knownPlaces(text).length > 0) return m;
    if (there) drop.add(there);
    return newMention('PERSON', [m.span[0], next.span[1]], [m.tok[0], k + 1], text);
  });
  return drop.size ? out.filter((m) => !drop.has(m)) : out;
}
