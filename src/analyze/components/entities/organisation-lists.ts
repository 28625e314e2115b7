// "The team includes [Draper], Lockheed Martin and Northrop Grumman": a one-word name the tagger
// read as a person, listed among organisations only, is one of them. A capitalised word that is
// no given name reads as a surname to the tagger; a list of three names or more whose every other
// name is an organisation says what kind of name it is. A person in such a list has a title or a
// given name, or is a word of a person the story names in full ("Jane Goodall ... Awards went to
// Goodall, the World Wildlife Fund and the Red Cross"), and keeps the type.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { personWords } from './consistency.js';
import { isGivenName } from '../../../text/given-names.js';

/** What stands between two names of a list: a comma, "and", "or", or a comma and one of them. */
const LIST_GAP = /^\s*(?:,|,?\s+(?:and|or|&))\s+(?:the\s+)?$/u;

/** The members of the list a mention stands in (itself among them), in order. */
function listAround(doc: Doc, sorted: readonly Mention[], k: number): Mention[] {
  const t = doc.tokens;
  const sentence = t[sorted[k].tok[0]].sentence;
  const joined = (a: Mention, b: Mention) =>
    t[b.tok[0]].sentence === sentence && b.span[0] > a.span[1] && LIST_GAP.test(doc.text.slice(a.span[1], b.span[0]));
  let from = k;
  while (from > 0 && joined(sorted[from - 1], sorted[from])) from--;
  let to = k;
  while (to + 1 < sorted.length && joined(sorted[to], sorted[to + 1])) to++;
  return sorted.slice(from, to + 1);
}

export function organisationsInLists(doc: Doc, mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.span[0] - b.span[0]);
  let named: Set<string> | undefined;
  sorted.forEach((m, k) => {
    if (m.type !== 'PERSON' || m.title || m.tok[1] - m.tok[0] !== 1) return;
    if (isGivenName(doc.tokens[m.tok[0]].lower)) return;
    const list = listAround(doc, sorted, k);
    if (list.length < 3 || !list.every((o) => o === m || o.type === 'ORG')) return;
    if ((named ??= personWords(mentions)).has(m.text)) return;
    m.type = 'ORG';
  });
  return mentions;
}
