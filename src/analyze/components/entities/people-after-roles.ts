// "an event by media mogul, [Debola Lagos]": a name of two words or more the tagger read as a
// place, that no place of the gazetteer bears whole, written right after a lower-case noun for a
// kind of person (WordNet's noun.person, models/role-nouns.txt: "mogul", "singer"), with or without
// a comma between, is that person's name: the noun says who, and the place is only the name's last
// word. A known place ("the capital, New Delhi"; "capital" is no person either) is left alone.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { knownPlaces } from '../../resources/gazetteer.js';
import { hasNounOrSingular } from '../../../text/plural.js';
import { isCapitalised } from '../../../text/letters.js';
import { roleNouns } from './role-words.js';

/** Whether a noun for a kind of person stands right before a mention (a comma may stand between). */
function roleBefore(doc: Doc, m: Mention): boolean {
  const t = doc.tokens;
  let k = m.tok[0] - 1;
  if (k >= 0 && t[k].text === ',') k--;
  if (k < 0 || t[k].sentence !== t[m.tok[0]].sentence) return false;
  const w = t[k];
  return w.pos === 'NOUN' && w.text === w.lower && hasNounOrSingular(roleNouns(), w.lower);
}

export function peopleAfterRoles(doc: Doc, mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    if ((m.type !== 'GPE' && m.type !== 'LOC') || m.tok[1] - m.tok[0] < 2 || m.places?.length) continue;
    if (!m.text.split(' ').every((w) => isCapitalised(w))) continue;
    if (!roleBefore(doc, m) || knownPlaces(m.text).length > 0) continue;
    m.type = 'PERSON';
    m.cc = undefined;
  }
  return mentions;
}
