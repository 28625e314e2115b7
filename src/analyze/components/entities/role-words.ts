// "NASA's [Administrator Jim Bridenstine]", "former [National Security Adviser John Bolton]",
// "[Public Ombudsman Nadia Cruz]'s office": a title the title list does not hold (the tagger's
// features read that list, so it stays as it is) is taken into the person's name. A word whose most
// frequent sense is a kind of person (WordNet's noun.person, models/role-nouns.txt, written by
// scripts/build-role-nouns.mjs), written right before a given name that more of the name follows,
// is a title or a role, and the person's name starts at the given name.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { modelWordList } from '../../resources/model-lists.js';
import { isGivenName } from '../../../text/given-names.js';

/** Nouns whose most frequent sense is a kind of person (models/role-nouns.txt). */
export const roleNouns = modelWordList('role-nouns.txt');

/** The person mentions of three words or more with the title or role before a given name cut off (the words before it become the title). */
export function peelRoleWords(doc: Doc, mentions: Mention[]): Mention[] {
  const t = doc.tokens;
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.tok[1] - m.tok[0] < 3) continue;
    for (let k = m.tok[0] + 1; k < m.tok[1] - 1; k++) {
      const role = t[k - 1];
      if (role.text === role.lower || !roleNouns().has(role.lower) || !isGivenName(t[k].lower)) continue;
      // "Dick Clark": a given name is no role, whatever else the word means.
      if (isGivenName(role.lower)) continue;
      m.title ??= doc.text.slice(m.span[0], role.span[1]);
      m.span = [t[k].span[0], m.span[1]];
      m.tok = [k, m.tok[1]];
      m.text = doc.text.slice(m.span[0], m.span[1]);
      break;
    }
  }
  return mentions;
}
