// "Chelsea have this morning paid the fee": one person never takes a plural verb, a club, a band or
// a company does in British usage. A one-word name the tagger read as a person that opens a
// sentence and is followed by "have", "are" or "were" is a group: an organisation in every
// mention. Only at a sentence's opening, where the name can only be the verb's subject ("heroes
// like Obi-Wan are shown": the plural there is the heroes').
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { personWords } from './consistency.js';

const PLURAL_VERBS: ReadonlySet<string> = new Set(['have', 'are', 'were']);

/** Opening punctuation a sentence may start with before its first word. */
const OPENING = /^[\p{Ps}\p{Pi}"'‘“-]+$/u;

function pluralSubject(doc: Doc, m: Mention): boolean {
  if (m.type !== 'PERSON' || m.title || m.tok[1] - m.tok[0] !== 1) return false;
  const t = doc.tokens;
  const [from] = m.tok;
  const next = t[from + 1];
  if (!next || next.sentence !== t[from].sentence || !PLURAL_VERBS.has(next.text)) return false;
  let first = doc.sentences[t[from].sentence].tokens[0];
  while (first < from && OPENING.test(t[first].text)) first++;
  return first === from;
}

/** Retypes as organisations the one-word persons a sentence opens with before a plural verb. */
export function groupsNotPeople(doc: Doc, mentions: Mention[]): Mention[] {
  const groups = new Set(mentions.filter((m) => pluralSubject(doc, m)).map((m) => m.text));
  if (groups.size === 0) return mentions;
  // "Ford" of "Henry Ford" stays the person.
  const named = personWords(mentions.filter((m) => m.tok[1] - m.tok[0] > 1));
  for (const m of mentions)
    if (m.type === 'PERSON' && !m.title && m.tok[1] - m.tok[0] === 1 && groups.has(m.text) && !named.has(m.text)) {
      m.type = 'ORG';
      m.guessed = false;
    }
  return mentions;
}
