// "The beauty of [Korea]": a name that names one country after "North" and another after "South"
// ("North Korea", "South Korea"; the gazetteer's countries, from world-countries) is the land of
// both, a place (GPE), whatever type the tagger gave it. The gazetteer has no country of that name,
// so the tagger's other cues decided, and they may read it as an organisation.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { knownPlaces } from '../../resources/gazetteer.js';

const isCountry = (name: string) => knownPlaces(name).some((p) => p.kind === 'country');

export function dividedCountriesAsGpe(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if ((m.type !== 'ORG' && m.type !== 'PERSON') || m.tok[1] - m.tok[0] !== 1 || m.title) return m;
    const divided = isCountry(`North ${m.text}`) && isCountry(`South ${m.text}`) && knownPlaces(m.text).length === 0;
    return divided ? { ...m, type: 'GPE' } : m;
  });
}
