// The `geocode` component: gives every GPE/LOC entity a point and country (`entities[].geo`) and
// the dateline's place one too (`dateline.geo`), from the gazetteer (see resolve.ts for the
// disambiguation). It adds no layer of its own: it annotates the entities in place. Continents and
// world regions have a point but no country, so the record (whose Geo requires an ISO country)
// carries no geo for them.
import type { Geo } from '../../../record/types.js';
import type { Component } from '../../component.js';
import type { Doc } from '../../doc.js';
import { gazetteer, type Place } from '../../resources/gazetteer.js';
import { resolvePlaces } from './resolve.js';

export function toGeo(p: Place): Geo | undefined {
  if (!p.cc) return undefined;
  const geo: Geo = { lat: p.lat, lon: p.lon, country: p.cc };
  const admin1 = p.admin ? gazetteer().admin1Names.get(`${p.cc}.${p.admin}`) : undefined;
  if (admin1) geo.admin1 = admin1;
  if (p.geonameId !== undefined) geo.geonameId = p.geonameId;
  return geo;
}

export const geocode: Component = {
  // The analysis' name in records (`analyses`) and the README, kept from before the component was
  // called geocode: renaming it would change every stored record's list for no gain to a reader.
  name: 'places',
  requires: ['entities'],
  assigns: ['geo'],
  run(doc: Doc) {
    // A moon ("Saturn's moon Titan") is a location with no point on Earth, whatever town shares its name.
    const moons = doc.moons;
    const entities = moons ? doc.entities.filter((e) => !(e.type === 'LOC' && moons.has(e.name))) : doc.entities;
    const { chosen, dateline } = resolvePlaces(doc, entities);
    for (const [e, p] of chosen) {
      const geo = toGeo(p);
      if (geo) e.geo = geo;
    }
    const datelineGeo = dateline && toGeo(dateline);
    if (datelineGeo) doc.datelineGeo = datelineGeo;
  },
};
