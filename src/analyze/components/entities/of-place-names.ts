// "the Federal Reserve Bank of New York", "the Bank of England", "the University of Texas": a name
// "<...> <head> of <place>" whose head is an organisation's (lexicon.ts' ORG cues) names the
// institution of that place, not a place, though the tagger may read the whole name as one (and
// the geocoder then found a town at its first word, "Federal" in Argentina). The gazetteer's
// whole names stand ("Port of Spain"), and so do the heads that also name unions of states
// ("Federation of Bosnia and Herzegovina", "Union of Soviet Socialist Republics"). The place after
// "of" stays a place mention of its own where the tagger or the rules gave one.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { ORG_CUES } from './lexicon.js';
import { knownPlaces } from '../../resources/gazetteer.js';

/** ORG cues that also name states made of states. */
const STATE_UNIONS: ReadonlySet<string> = new Set(['union', 'federation', 'nations']);

/** Whether a place mention is an institution of the place named after its last "of". */
export function isInstitutionOfPlace(doc: Doc, m: Mention): boolean {
  if ((m.type !== 'GPE' && m.type !== 'LOC') || m.tok[1] - m.tok[0] < 3) return false;
  const t = doc.tokens;
  let of = -1;
  for (let i = m.tok[1] - 2; i > m.tok[0]; i--)
    if (t[i].text === 'of') {
      of = i;
      break;
    }
  if (of < 0) return false;
  const head = t[of - 1].lower;
  if (!ORG_CUES.has(head) || STATE_UNIONS.has(head) || knownPlaces(m.text).length > 0) return false;
  let after = of + 1;
  if (t[after].lower === 'the' && after + 1 < m.tok[1]) after++;
  const place = doc.text.slice(t[after].span[0], t[m.tok[1] - 1].span[1]);
  return knownPlaces(place).length > 0;
}

/** Place mentions that are institutions of a place (see the file comment) become organisations. */
export function institutionsOfPlaces(doc: Doc, mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  mentions.forEach((m, k) => {
    if (!isInstitutionOfPlace(doc, m)) return;
    out ??= mentions.slice();
    out[k] = { ...m, type: 'ORG', places: undefined, cc: undefined, guessed: false, weak: false };
  });
  return out ?? mentions;
}
