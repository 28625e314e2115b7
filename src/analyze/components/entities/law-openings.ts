// "enacted the [Punjab Preservation] of Subsoil Water Act": the tagger stops a law's, a plan's or a
// prize's name at "of" and reads its opening as an organisation or a person. A name ending in a
// head word of such names (NON_ENTITY_HEADS: "Act", "Bill", "Treaty", "Plan", "Prize" ...) is none
// of the entity types, which runs.ts and classify.ts already apply to a whole capitalised run; here
// the run goes on past "of". A mention written right before "of" and a run of capitalised words,
// two or more in its sentence, ending in such a head is the opening of that name and no entity;
// the places named inside the whole name are kept as classify.ts keeps them ("Punjab").
import type { Doc } from '../../doc.js';
import { nestedPlaces, type Mention } from './classify.js';
import { NON_ENTITY_HEADS } from './lexicon.js';

const CAPITALISED = /^\p{Lu}/u;
/** Most capitalised words after "of" read: "of Subsoil Water Act", "of Terrorism (Temporary Provisions) Act" is not. */
const MAX_TAIL_WORDS = 6;

/** The end (exclusive token) of the name a mention opens when "of" and a run ending in a non-entity head follow it; -1 when none. */
function lawEnd(doc: Doc, m: Mention): number {
  const t = doc.tokens;
  const of = t[m.tok[1]];
  if (!of || of.text !== 'of' || of.sentence !== t[m.tok[1] - 1].sentence) return -1;
  if (doc.text.slice(m.span[1], of.span[0]) !== ' ') return -1;
  let k = m.tok[1] + 1;
  let end = -1;
  while (k < t.length && k - m.tok[1] - 1 < MAX_TAIL_WORDS) {
    const w = t[k];
    if (w.sentence !== of.sentence || !CAPITALISED.test(w.text) || doc.text.slice(t[k - 1].span[1], w.span[0]) !== ' ')
      break;
    k++;
    if (NON_ENTITY_HEADS.has(w.lower)) end = k;
  }
  // The head must end the run ("of Subsoil Water Act", not "of the Act Committee") and follow a word of the name.
  return end === k && end - m.tok[1] - 1 >= 2 ? end : -1;
}

/**
 * Drops the mentions that open a law's, plan's or prize's name cut at "of", and any other
 * mention inside that name that is no place, keeping the places inside it.
 */
export function dropLawOpenings(doc: Doc, mentions: Mention[]): Mention[] {
  const laws: [number, number][] = [];
  for (const m of mentions) {
    const end = m.type === 'GPE' || m.type === 'LOC' ? -1 : lawEnd(doc, m);
    if (end >= 0) laws.push([m.tok[0], end]);
  }
  if (laws.length === 0) return mentions;
  const inside = (m: Mention) => laws.some(([from, to]) => m.tok[0] >= from && m.tok[1] <= to);
  const out = mentions.filter((m) => m.type === 'GPE' || m.type === 'LOC' || !inside(m));
  for (const [from, to] of laws)
    for (const p of nestedPlaces(doc, from, to))
      if (!out.some((n) => n.span[0] === p.span[0] && n.span[1] === p.span[1])) out.push(p);
  return out.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
}
