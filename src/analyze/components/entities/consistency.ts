// One name, one type in one document: a name written the same way names the same thing throughout
// an article ("one sense per discourse"), so its mentions take the type most of them were given.
// The tagger types each mention from its own window; a team named eleven times ("the Lakers",
// "Lakers coach", "the Lakers' 5-2 start") came out NORP, ORG and PERSON on one page, and so
// three entities. Voting over the document is the label-consistency step of non-local NER
// (Krishnan & Manning 2006, "An Effective Two-Stage Model for Exploiting Non-Local Dependencies
// in Named Entity Recognition"), here as a plain majority.
import type { Mention } from './classify.js';
import { lookupPlaces } from '../../resources/gazetteer.js';
import { foldName } from '../../../text/fold.js';

/**
 * A vote from a mention whose type rests on little (a capital at a sentence's start or in a
 * headline, or PERSON for want of other evidence) counts half: it breaks ties, never outvotes a
 * mention typed by the tagger or a cue.
 */
const WEAK_VOTE = 0.5;

const weight = (m: Mention) => (m.weak || m.guessed ? WEAK_VOTE : 1);

/**
 * Gives every mention of a name the type more than half of its votes have; with no such majority
 * (one mention GPE, one ORG) each keeps its own: which reading is wrong is not known. Mentions nested in a longer mention (the town in "Tulsa Police Department") neither vote
 * nor change: their type comes from their place in the name.
 */
export function oneTypePerName(mentions: Mention[]): Mention[] {
  const nested = nestedMentions(mentions);
  const votes = new Map<string, Map<NonNullable<Mention['type']>, number>>();
  for (const m of mentions) {
    if (m.type === null || nested.has(m)) continue;
    const key = foldName(m.text);
    const tally = votes.get(key) ?? new Map();
    tally.set(m.type, (tally.get(m.type) ?? 0) + weight(m));
    votes.set(key, tally);
  }
  const winner = new Map<string, NonNullable<Mention['type']>>();
  for (const [key, tally] of votes) {
    if (tally.size < 2) continue;
    let total = 0;
    for (const n of tally.values()) total += n;
    for (const [type, n] of tally) if (n > total / 2) winner.set(key, type);
  }
  if (winner.size === 0) return mentions;
  return mentions.map((m) => {
    const type = nested.has(m) ? undefined : winner.get(foldName(m.text));
    return type === undefined || type === m.type ? m : retype(m, type);
  });
}

function retype(m: Mention, type: NonNullable<Mention['type']>): Mention {
  if (type !== 'GPE' && type !== 'LOC') return { ...m, type, cc: type === 'NORP' ? m.cc : undefined };
  const places = m.places?.length ? m.places : lookupPlaces(m.text);
  return { ...m, type, places, cc: places.find((p) => p.kind === 'country')?.cc };
}

/** Mentions lying inside another mention's span (mentions come sorted by start, longest first). */
function nestedMentions(mentions: readonly Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  let reach = -1;
  for (const m of mentions) {
    if (m.span[1] <= reach) out.add(m);
    reach = Math.max(reach, m.span[1]);
  }
  return out;
}
