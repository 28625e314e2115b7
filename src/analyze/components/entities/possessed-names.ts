// "in your [Alexa]'s settings", "whether its [Siri] shortcuts", "for all your [Apple] devices": a
// name written right after a possessive determiner is something owned or used (a device, an
// assistant, an account, a brand), not a person: no list, the determiner says it. After "your" or
// "its" every person mention of that name in the document goes ("Quick access to Siri", written
// elsewhere); after "my", "his", "our" or "their" only that mention, for a person's name is often a
// modifier there ("his Obama-era rules": Obama, named elsewhere, stays a person). Not after "her",
// which is also an object ("told her Maria had left"); not a name of two or more words opened by a
// given name ("my John M. Ponytails", a nickname for a person); a given name alone only after
// "your" or "its" ("their Mark" is a relative's name); not a word of a longer person's name in the
// same document ("Donald Trump … its Trump problem").
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { isGivenName } from '../../../text/given-names.js';

/** Possessive determiners that are never object pronouns. */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'its', 'our', 'their']);

/** The determiners a person's given name seldom follows. */
const IMPERSONAL: ReadonlySet<string> = new Set(['your', 'its']);

function possessed(doc: Doc, m: Mention): boolean {
  const before = doc.tokens[m.tok[0] - 1];
  if (!before || !POSSESSIVE_DETERMINERS.has(before.lower) || before.sentence !== doc.tokens[m.tok[0]].sentence)
    return false;
  if (!isGivenName(doc.tokens[m.tok[0]].lower)) return true;
  // A given name alone after "my", "our", "his" or "their" is a relative's or a friend's ("their
  // Mark"); after "your" or "its" a thing's ("your Alexa").
  return m.tok[1] - m.tok[0] === 1 && IMPERSONAL.has(before.lower);
}

/** Drops the person mentions of a name written after a possessive determiner (see above). */
export function dropPossessedNames(doc: Doc, mentions: Mention[]): Mention[] {
  let owned: Set<string> | undefined; // names dropped in every mention
  let mentionsOwned: Set<Mention> | undefined; // mentions dropped alone
  for (const m of mentions) {
    if (m.type !== 'PERSON' || !possessed(doc, m) || inLongerPersonName(mentions, m.text)) continue;
    if (IMPERSONAL.has(doc.tokens[m.tok[0] - 1].lower)) (owned ??= new Set()).add(m.text);
    else (mentionsOwned ??= new Set()).add(m);
  }
  if (!owned && !mentionsOwned) return mentions;
  return mentions.filter((m) => !(m.type === 'PERSON' && (owned?.has(m.text) || mentionsOwned?.has(m))));
}

/** Whether every word of `name` is a word of a longer person mention ("Trump" in "Donald Trump"). */
function inLongerPersonName(mentions: Mention[], name: string): boolean {
  const words = name.split(' ');
  return mentions.some((m) => {
    if (m.type !== 'PERSON' || m.text === name) return false;
    const own = m.text.split(' ');
    return own.length > words.length && words.every((w) => own.includes(w));
  });
}
