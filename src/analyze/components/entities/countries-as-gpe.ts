// "the Solomon Islands", "the Cayman Islands", "the U.S. Virgin Islands": a country or territory
// named by its islands reads to the tagger as a location (GUM's gold, as eval/gum.ts derives it,
// types a place ending in a LOC_CUES word such as "Islands" LOC). OntoNotes files countries and
// territories among geo-political entities, whatever their names end in. A LOC mention that the
// gazetteer places as a country (its ISO code; GeoNames' countries and dependent territories) with
// inhabitants is GPE; a name that is also a continent or region ("Antarctica", whose research
// stations GeoNames counts) and an uninhabited territory ("Bouvet Island") stay LOC.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { countryNameSpelledOut, lookupPlaces } from '../../resources/gazetteer.js';

export function countriesAsGpe(_doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'LOC') return m;
    // "U.S. Virgin Islands": the gazetteer's "United States Virgin Islands", as geocode reads it.
    const known = m.places?.length ? m.places : lookupPlaces(m.text);
    const places = known.length ? known : (countryNameSpelledOut(m.text.split(' ')) ?? []);
    if (places.some((p) => p.kind === 'region')) return m;
    const country = places.find((p) => p.kind === 'country' && p.pop > 0);
    return country ? { ...m, type: 'GPE', places, cc: country.cc } : m;
  });
}
