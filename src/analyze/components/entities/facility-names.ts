// "an unscheduled trip to [Walter Reed] hospital", "the city's [Hoa Lo] prison": a facility named
// after someone (or something) and written with its kind in lower case; the tagger reads the
// name as a person. A name of two words or more typed PERSON, with no title, that a lower-case
// noun for a building, a structure or a facility follows in its sentence (models/facility-nouns.txt,
// written by scripts/build-facility-nouns.mjs from WordNet: "hospital", "prison", "airport",
// "stadium") is the facility: FAC, or the type models/institution-heads.txt gives its noun; so
// are its other mentions ("a visit to Walter Reed"). Not where the document shows the name as a
// person's, a mention of it with a title or beside a speech verb ("Walter Reed said"), or another
// person's name ending in its last word ("Mary Reed ... the John Reed house").
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { modelWordList } from '../../resources/model-lists.js';
import { hasNounOrSingular } from '../../../text/plural.js';
import { institutionHeadType } from './institution-heads.js';

const facilityNouns = modelWordList('facility-nouns.txt');

/** The lower-case facility noun right after a mention in its sentence, or undefined. */
function facilityNounAfter(doc: Doc, m: Mention): string | undefined {
  const next = doc.tokens[m.tok[1]];
  if (!next || next.sentence !== doc.tokens[m.tok[0]].sentence || next.text !== next.lower) return undefined;
  return next.pos === 'NOUN' && hasNounOrSingular(facilityNouns(), next.lower) ? next.lower : undefined;
}

/** Retypes as facilities the person mentions a facility noun follows each time the document writes them. */
export function facilitiesNotPeople(doc: Doc, mentions: Mention[]): Mention[] {
  const found = new Map<Mention, string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.title || m.tok[1] - m.tok[0] < 2) continue;
    const noun = facilityNounAfter(doc, m);
    if (noun) found.set(m, noun);
  }
  if (found.size === 0) return mentions;
  for (const [m, noun] of found) {
    const last = m.text.slice(m.text.lastIndexOf(' ') + 1);
    const same = mentions.filter((n) => n !== m && n.text === m.text);
    const person =
      same.some((n) => n.speaker || n.title) ||
      mentions.some((n) => n.type === 'PERSON' && n.text !== m.text && n.text.endsWith(` ${last}`));
    if (person) continue;
    const type = institutionHeadType(noun) ?? institutionHeadType(noun.replace(/s$/, '')) ?? 'FAC';
    for (const n of [m, ...same])
      if (n.type === 'PERSON') {
        n.type = type;
        n.guessed = false;
      }
  }
  return mentions;
}
