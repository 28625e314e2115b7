// "Burisma and the Bidens", "The Obamas waved": a family named by the plural of the surname of a
// person the document names in full ("Hunter Biden", "Barack Obama"). The tagger and the rules read
// a capitalised plural after "the" as a people (NORP); OntoNotes types a family as PERSON.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { demonymCountry } from '../../resources/gazetteer.js';
import { namesPlacesPeople } from './place-demonyms.js';

/** Words after a surname that are none ("James Kennedy Jr."). */
const SUFFIXES: ReadonlySet<string> = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

/** The last name of a person mention of two words or more, past its generational suffix. */
function surname(m: Mention): string | undefined {
  const words = m.text.split(' ');
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.length > 1 ? words[words.length - 1].replace(/,$/, '') : undefined;
}

/**
 * Retypes as PERSON a one-word NORP mention that is the plural ("-s", "-es") of such a surname,
 * unless the plural is a people the gazetteer's demonyms or a place's name know ("the Germans"
 * beside a "Lee German"). A people they do not know goes ("the Danes" beside a "Tom Dane").
 */
export function familiesAsPeople(_doc: Doc, mentions: Mention[]): Mention[] {
  const surnames = new Set<string>();
  for (const m of mentions) {
    const name = m.type === 'PERSON' ? surname(m) : undefined;
    if (name) surnames.add(name);
  }
  if (surnames.size === 0) return mentions;
  return mentions.map((m) => {
    if (m.type !== 'NORP' || m.tok[1] - m.tok[0] !== 1 || !m.text.endsWith('s')) return m;
    const stem = surnames.has(m.text.slice(0, -1)) || (m.text.endsWith('es') && surnames.has(m.text.slice(0, -2)));
    if (!stem || demonymCountry(m.text) !== undefined || namesPlacesPeople(m.text)) return m;
    return { ...m, type: 'PERSON', cc: undefined, places: undefined };
  });
}
