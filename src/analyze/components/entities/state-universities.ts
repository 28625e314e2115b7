// "Michigan State beat Ohio State": a US state's name and "State" is, standing alone, the state's
// public university or its teams (Michigan State University, The Ohio State University), which the
// tagger and the gazetteer read as the state. The state itself is written so only where its name
// is also a big city's and "State" tells the two apart ("New York State", "Washington State"),
// so those stay places. The state's place nested in the name stays, as in "Michigan State
// University".
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { knownPlaces } from '../../resources/gazetteer.js';

/** A city this large is the usual sense of the name; "State" then marks the state (as in university-short-names.ts). */
const BIG_CITY = 500_000;

/** Whether the words are a US state's name and no big city's. */
function stateWithoutNamesake(name: string): boolean {
  const places = knownPlaces(name);
  return (
    places.some((p) => p.kind === 'admin1' && p.cc === 'US' && p.name === name) &&
    !places.some((p) => p.kind === 'city' && p.pop >= BIG_CITY)
  );
}

/** Retypes as organisations the places written "<US state> State" (the university or its teams). */
export function stateUniversities(_doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    // The last of two or more words (split at spaces) is "State" exactly when the text ends " State".
    if ((m.type !== 'GPE' && m.type !== 'LOC') || !m.text.endsWith(' State')) return m;
    const words = m.text.split(' ');
    if (!stateWithoutNamesake(words.slice(0, -1).join(' '))) return m;
    return { ...m, type: 'ORG', places: undefined, cc: undefined };
  });
}
