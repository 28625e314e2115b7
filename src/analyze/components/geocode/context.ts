// What the words around a place's mentions say about which namesake is meant, before any
// scoring: the containing place written after a comma ("Buffalo, New York", "Stroud, Ontario"),
// a region's generic word ("Washington state", "the state of New York"), and the kind of the
// places listed beside it ("Utah, Washington and Wisconsin" are states; "Armenia, Georgia and
// Azerbaijan" countries). These are the conventions of written addresses and lists, not
// choices fitted to any text: they narrow an entity's candidates, and the ranker picks among
// what is left.
import type { Entity } from '../../../record/types.js';
import type { Doc } from '../../doc.js';
import { admin1Place, lookupPlacesForGeocoding, usStateByPostalCode, type Place } from '../../resources/gazetteer.js';
import { haversineKm } from './distance.js';
import { preferNamesakeCity } from './namesakes.js';

interface Mention {
  entity: Entity;
  start: number;
  end: number;
}

/**
 * A generic region word right after the name ("Washington state farm", "Nyanza province", and
 * capitalised where recognition left it out of the name: "New York State Attorney General").
 */
const REGION_WORD_AFTER = /^\s+(state|province)\b/i;
/** "Van Buren counties", "Orleans Parish" written with the word outside the name: a county. */
const COUNTY_WORD_AFTER = /^\s+(?:county|counties|parish|parishes)\b/i;
/** "the state of Washington", "the province of Western Kasai" (not "Jiangsu province of eastern China"). */
const REGION_WORD_BEFORE = /\bthe (state|province) of\s+$/i;
/**
 * The office after a region's name ("New York Governor", "the Washington governor", AP's "New
 * York Gov."): a governor
 * is "the head of a state government" (WordNet 3.1, governor n. 1), so the name is the state or
 * province it heads, read as "state" is, not a namesake city.
 */
const GOVERNOR_AFTER = /^\s+(?:governor\b|gov\.)/i;
/**
 * "University of Washington", "University of Georgia": a university named "of" a place that is a
 * first-level region is named after the region (state universities), not a namesake town or
 * country; "University of Chicago" has no such reading and keeps its town.
 */
const UNIVERSITY_OF_BEFORE = /\bUniversity of\s+$/;
/** Feature codes of the towns that seat a region's government, which stand for the region near enough. */
const SEATS: ReadonlySet<string | undefined> = new Set(['PPLA', 'PPLA2']);
/** The comma of an address: "Buffalo, New York". */
const ADDRESS_COMMA = /^,\s*$/;
/** "St. Croix in the U.S. Virgin Islands", "Paris in Texas": a place said to lie in another. */
const ADDRESS_IN = /^\s+in\s+(?:the\s+)?$/;
/** What joins two items of a list. */
const LIST_JOINER = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;
/** Most characters looked at on either side of a mention. */
const WINDOW = 20;

/**
 * A town this far from the point of the first-level region its address names lies outside it
 * whatever the region's codes say: more than the half-width of all but the largest regions.
 */
const FAR_FROM_REGION_KM = 500;

/** Whether `outer` contains `inner`: a country its regions and towns, a first-level region its towns and counties. */
function contains(outer: Place, inner: Place): boolean {
  if (!outer.cc || outer.cc !== inner.cc || outer === inner) return false;
  if (outer.kind === 'country') return inner.kind !== 'country';
  if (outer.kind === 'admin1') return (inner.kind === 'city' || inner.kind === 'admin2') && inner.admin === outer.admin;
  return false;
}

/**
 * How far from a county's or province's point a town of its address may lie: more than the
 * half-width of nearly all second-level regions (a Philippine province, a US county), less than
 * the distance between most namesakes in one first-level region.
 */
const COUNTY_REACH_KM = 150;

/**
 * The towns an address names by a second-level region after the comma ("San Jose, Nueva Ecija",
 * "Mabini, Batangas"): for each county or province the outer name may be, the town of the name
 * nearest its point in the same first-level region, within COUNTY_REACH_KM. The gazetteer codes
 * no town with its county, so the county's point stands for its extent.
 */
function townsOfCounties(inner: readonly Place[], outer: readonly Place[]): [Place, Place][] {
  const out: [Place, Place][] = [];
  for (const c of outer) {
    if (c.kind !== 'admin2' || !c.cc) continue;
    let nearest: Place | undefined;
    let nearestKm = COUNTY_REACH_KM;
    for (const t of inner) {
      if (t.kind !== 'city' || t.cc !== c.cc || t.admin !== c.admin) continue;
      const km = haversineKm(c, t);
      if (km <= nearestKm) [nearest, nearestKm] = [t, km];
    }
    if (nearest) out.push([c, nearest]);
  }
  return out;
}

/**
 * The kind a name most plausibly has on its own: that of its most populous country or region
 * reading, else its first. A region its namesake city dominates is not read ("Cairo" alone is
 * the capital, though its governorate counts more people), as the ranker has it.
 */
function leadingKind(all: readonly Place[]): Place['kind'] | undefined {
  const cands = preferNamesakeCity(all);
  if (cands.some((p) => p.kind === 'country')) return 'country';
  if (cands.length > 0 && cands.every((p) => p.kind === 'admin1' || p.kind === 'admin2')) return 'admin1';
  const regions = cands.filter((p) => p.kind === 'admin1');
  const towns = cands.filter((p) => p.kind === 'city');
  const biggestTown = Math.max(0, ...towns.map((p) => p.pop));
  return regions.some((r) => r.pop > biggestTown) ? 'admin1' : cands[0]?.kind;
}

/**
 * Whether a place's mention lies inside a longer name of an organisation, building or person
 * ("Washington" of "Washington University"): such a mention says what the name was taken from,
 * not which namesake the bare name means.
 */
function nameSpans(doc: Doc): (span: readonly [number, number]) => boolean {
  const spans: (readonly [number, number])[] = [];
  for (const e of doc.entities)
    if (e.type !== 'GPE' && e.type !== 'LOC') for (const span of e.mentions) spans.push(span);
  return ([s, t]) => spans.some(([a, b]) => a <= s && t <= b && b - a > t - s);
}

/**
 * Narrows the candidates of entities whose surroundings settle their kind or their container.
 * Returns only the entities it narrowed (to nothing for a name an address shows to be another place);
 * an entity keeps its first narrowing.
 */
export function narrowByContext(doc: Doc, candidates: ReadonlyMap<Entity, Place[]>): Map<Entity, Place[]> {
  const text = doc.text;
  const mentions: Mention[] = [];
  for (const e of candidates.keys()) for (const [start, end] of e.mentions) mentions.push({ entity: e, start, end });
  mentions.sort((a, b) => a.start - b.start);
  const narrowed = new Map<Entity, Place[]>();
  const narrow = (e: Entity, keep: (p: Place) => boolean) => {
    if (narrowed.has(e)) return;
    const left = (candidates.get(e) ?? []).filter(keep);
    if (left.length > 0) narrowed.set(e, left);
  };
  const between = (a: Mention, b: Mention) => text.slice(a.end, b.start);
  const universityOf = ([start]: readonly [number, number]) =>
    UNIVERSITY_OF_BEFORE.test(text.slice(Math.max(0, start - WINDOW), start));
  const insideOtherName = nameSpans(doc);
  const namedWhole = (e: Entity) => e.mentions.some(([s, t]) => lookupPlacesForGeocoding(text.slice(s, t)).length > 0);
  // An entity that merges a country's name with another ("Zaire" and "Democratic Republic of
  // Congo") is settled by the country's name, not by one mention's surroundings.
  const namesCountryToo = (e: Entity) =>
    (candidates.get(e) ?? []).some((p) => p.kind === 'country') &&
    new Set(e.mentions.map(([s, t]) => text.slice(s, t))).size > 1;

  // A region's generic word beside its name.
  for (const m of mentions) {
    const after = text.slice(m.end, m.end + WINDOW);
    const before = text.slice(Math.max(0, m.start - WINDOW), m.start);
    const word =
      (REGION_WORD_AFTER.exec(after) ?? REGION_WORD_BEFORE.exec(before))?.[1].toLowerCase() ??
      (GOVERNOR_AFTER.test(after) ? 'state' : undefined);
    // A state is a first-level region; a province is one in most countries, a second-level one
    // in some (the Philippines' in GeoNames), so it keeps counties too ("New York State" is not
    // New York County, "Pangasinan province" is a county-level row).
    if (word && !namesCountryToo(m.entity))
      narrow(m.entity, (p) => p.kind === 'admin1' || (word !== 'state' && p.kind === 'admin2') || SEATS.has(p.fc));
    // Only when every mention is a university's or inside another organisation's name
    // ("Washington University in St. Louis" is named after a person): "Washington" written alone
    // elsewhere in the text is the capital.
    // Not after a first-level region's name: "central California counties" are the state's.
    else if (COUNTY_WORD_AFTER.test(after) && !candidates.get(m.entity)?.some((p) => p.kind === 'admin1'))
      narrow(m.entity, (p) => p.kind === 'admin2');
    else if (
      m.entity.mentions.some(universityOf) &&
      m.entity.mentions.every((span) => universityOf(span) || insideOtherName(span))
    )
      narrow(m.entity, (p) => p.kind === 'admin1');
  }

  // The town of an address, "<town>, <outer>": its candidates inside the outer place, and the
  // outer place's that contain one of them. A name the gazetteer lacks, placed by a place inside
  // it ("Chesapeake" of "Chesapeake City, Maryland"), that the address puts in a region or
  // country none of those lie in is another place: left without a point rather than given the
  // namesake's. So is a name the gazetteer knows only far from the region of its country the
  // address names ("San Ysidro, California", a district of San Diego, is not San Ysidro, New
  // Mexico). Far, not only coded elsewhere: a region built from others ("Darfur" from its
  // compass provinces) does not hold their towns' codes. A name known only in other countries
  // keeps them, as borders and territories are written loosely ("Hong Kong, China").
  const farFromRegion = (inner: readonly Place[], outer: readonly Place[]) => {
    const regions = outer.filter((o) => o.kind === 'admin1' && inner.some((p) => p.cc === o.cc));
    return (
      regions.length > 0 &&
      inner.every((p) => regions.every((o) => o.cc !== p.cc || haversineKm(o, p) > FAR_FROM_REGION_KM))
    );
  };
  const settleInAddress = (town: Entity, outer: readonly Place[], outerEntity?: Entity) => {
    const inner = candidates.get(town) ?? [];
    const pairs = inner.filter((p) => outer.some((o) => contains(o, p)));
    const inCounty = pairs.length > 0 ? [] : townsOfCounties(inner, outer);
    if (pairs.length > 0) {
      narrow(town, (p) => pairs.includes(p));
      if (outerEntity) narrow(outerEntity, (o) => pairs.some((p) => contains(o, p)));
    } else if (inCounty.length > 0) {
      narrow(town, (p) => inCounty.some(([, t]) => t === p));
      if (outerEntity) narrow(outerEntity, (o) => inCounty.some(([c]) => c === o));
    } else if (
      outer.some((o) => o.kind === 'admin1' || o.kind === 'country') &&
      inner.length > 0 &&
      !narrowed.has(town) &&
      (!namedWhole(town) || farFromRegion(inner, outer))
    )
      narrowed.set(town, []);
  };

  // The third part of an address, "<town>, <region>, <country>" ("Alpine, Arizona, USA"): a
  // comma and a country that holds a first-level region of the second's name. Not a list, though
  // commas join the three: the first is read inside the region as in a two-part address. Only
  // when the first can be no region or country itself ("Nevada, Arizona, USA officials" lists).
  const addressTail = (m: Mention, n: Mention, next: Mention) => {
    if (!ADDRESS_COMMA.test(between(n, next))) return false;
    if ((candidates.get(m.entity) ?? []).some((p) => p.kind === 'admin1' || p.kind === 'country')) return false;
    const countries = (candidates.get(next.entity) ?? []).filter((c) => c.kind === 'country');
    return (candidates.get(n.entity) ?? []).some((r) => r.kind === 'admin1' && countries.some((c) => contains(c, r)));
  };

  // Addresses: "<town>, <region or country>", unless the pair sits inside a longer list.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const n = mentions[i + 1];
    if (m.entity === n.entity || !ADDRESS_COMMA.test(between(m, n))) continue;
    const prev = mentions[i - 1];
    const next = mentions[i + 2];
    if (
      (prev && LIST_JOINER.test(between(prev, m))) ||
      (next && LIST_JOINER.test(between(n, next)) && !addressTail(m, n, next))
    )
      continue;
    settleInAddress(m.entity, candidates.get(n.entity) ?? [], n.entity);
  }

  // "<place> in <region or country>": its candidates inside the outer place, when some are. Only
  // narrowing: unlike an address's comma, "in" also follows a place that is no part of the
  // next ("talks on Georgia in Moscow"), so a name with no candidate inside says nothing.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const n = mentions[i + 1];
    if (m.entity === n.entity || !ADDRESS_IN.test(between(m, n))) continue;
    const outer = (candidates.get(n.entity) ?? []).filter((o) => o.kind === 'country' || o.kind === 'admin1');
    const inner = candidates.get(m.entity) ?? [];
    if (inner.some((p) => !outer.some((o) => contains(o, p))))
      narrow(m.entity, (p) => outer.some((o) => contains(o, p)));
  }

  // Lists: a name takes the kind of the places listed beside it, and for regions their country.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const own = candidates.get(m.entity) ?? [];
    if (narrowed.has(m.entity) || new Set(own.map((p) => p.kind)).size < 2) continue;
    for (const j of [i - 1, i + 1]) {
      const n = mentions[j];
      if (!n || n.entity === m.entity) continue;
      const gap = j < i ? between(n, m) : between(m, n);
      if (!LIST_JOINER.test(gap)) continue;
      const theirs = narrowed.get(n.entity) ?? candidates.get(n.entity) ?? [];
      const kind = leadingKind(theirs);
      if (kind === 'country') narrow(m.entity, (p) => p.kind === 'country');
      else if (kind === 'admin1') {
        const ccs = new Set(theirs.filter((p) => p.kind === 'admin1').map((p) => p.cc));
        narrow(m.entity, (p) => p.kind === 'admin1' && ccs.has(p.cc));
      }
      if (narrowed.has(m.entity)) break;
    }
  }

  // Lists of towns: a name listed beside a town or county placed in one first-level region
  // whatever its reading ("Achacachi" is known only in La Paz) takes its namesake in that region
  // when it has one: the places of a list lie together. A first-level region of another country
  // does not stop it ("San Juan" is also an Argentine province).
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (narrowed.has(m.entity)) continue;
    for (const j of [i - 1, i + 1]) {
      const n = mentions[j];
      if (!n || n.entity === m.entity) continue;
      if (!LIST_JOINER.test(j < i ? between(n, m) : between(m, n))) continue;
      const region = oneLocalRegion(narrowed.get(n.entity) ?? candidates.get(n.entity) ?? []);
      // A first-level region of the same country listed beside a town is that region ("New York
      // City and Florida"), not a village of its name in the town's region.
      const regionOfCountry = (candidates.get(m.entity) ?? []).some(
        (p) => p.cc === region?.cc && (p.kind === 'admin1' || p.kind === 'country'),
      );
      if (region && !regionOfCountry)
        narrow(
          m.entity,
          (p) => (p.kind === 'city' || p.kind === 'admin2') && p.cc === region.cc && p.admin === region.admin,
        );
      if (narrowed.has(m.entity)) break;
    }
  }
  return narrowed;
}

/** A reading of a name all of whose readings lie in one first-level region (same country and
 * admin code), or undefined. */
export function sharedRegion(cands: readonly Place[]): Place | undefined {
  const [first] = cands;
  if (!first || !cands.every((p) => p.admin !== undefined && p.cc === first.cc && p.admin === first.admin)) return;
  return first;
}

/** A reading standing for the first-level region all of a name's readings lie in, when all are towns or counties. */
function oneLocalRegion(cands: readonly Place[]): Place | undefined {
  return cands.every((p) => p.kind === 'city' || p.kind === 'admin2') ? sharedRegion(cands) : undefined;
}

/**
 * Names the tagger typed PERSON or ORG that stand first in an address ("Dallas, Texas police",
 * "Attapeu, Laos", "Krasnodar, Russia officials"): when the place after the comma contains a
 * town or county of that name, the name is that place. Returns those entities; the caller
 * retypes them GPE. `namedBy` gives the places the entity's names themselves name (no place
 * inside a longer name: "Boskovich Farms Inc. of Oxnard" stays a company).
 */
export function addressedNames(
  doc: Doc,
  entities: readonly Entity[],
  candidatesOf: (e: Entity) => Place[],
  namedBy: (e: Entity) => Place[],
): Entity[] {
  const text = doc.text;
  const placeAt = new Map<number, Entity>();
  for (const e of entities)
    if (e.type === 'GPE' || e.type === 'LOC') for (const [start] of e.mentions) placeAt.set(start, e);
  const out: Entity[] = [];
  for (const e of entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    for (const [, end] of e.mentions) {
      const comma = /^,\s*/.exec(text.slice(end, end + 3));
      const outer = comma && placeAt.get(end + comma[0].length);
      if (!outer) continue;
      const containers = candidatesOf(outer).filter((p) => p.kind === 'country' || p.kind === 'admin1');
      const towns = namedBy(e).filter((p) => p.kind === 'city' || p.kind === 'admin2');
      if (towns.some((t) => containers.some((c) => contains(c, t)))) {
        out.push(e);
        break;
      }
    }
  }
  return out;
}

/** Rounds of listedNames: each lets a name found in a list vouch for the next one along. */
const LIST_ROUNDS = 3;

/**
 * Names the tagger typed PERSON or ORG that stand in a list of places ("Suba, Migori, Homa Bay,
 * Rongo and Siaya"; "Moonbi, Parkes, Berry and Wyong"): a listed name next to a place that has a
 * town or region of that name in the same country as that place is one too. Returns those
 * entities, in the order found; the caller retypes them GPE.
 */
export function listedNames(
  doc: Doc,
  entities: readonly Entity[],
  candidatesOf: (e: Entity) => Place[],
  namedBy: (e: Entity) => Place[],
): Entity[] {
  const text = doc.text;
  const places = new Set(entities.filter((e) => e.type === 'GPE' || e.type === 'LOC'));
  const mentions: Mention[] = [];
  for (const e of entities)
    if (e.type === 'PERSON' || e.type === 'ORG' || places.has(e))
      for (const [start, end] of e.mentions) mentions.push({ entity: e, start, end });
  mentions.sort((a, b) => a.start - b.start);
  const countriesOf = (e: Entity) =>
    new Set(
      candidatesOf(e)
        .filter((p) => p.kind !== 'country')
        .map((p) => p.cc),
    );
  const out: Entity[] = [];
  for (let round = 0; round < LIST_ROUNDS; round++) {
    const found = out.length;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i];
      if (places.has(m.entity)) continue;
      for (const j of [i - 1, i + 1]) {
        const n = mentions[j];
        if (!n || !places.has(n.entity)) continue;
        const gap = j < i ? text.slice(n.end, m.start) : text.slice(m.end, n.start);
        if (!LIST_JOINER.test(gap)) continue;
        const theirs = countriesOf(n.entity);
        if (
          namedBy(m.entity).some(
            (p) => (p.kind === 'city' || p.kind === 'admin1' || p.kind === 'admin2') && theirs.has(p.cc),
          )
        ) {
          places.add(m.entity);
          out.push(m.entity);
          break;
        }
      }
    }
    if (out.length === found) break;
  }
  return out;
}

/** A party's initial and hyphen right before a state's code, opening the label or after a space or bracket ("(R-AL)"). */
const PARTY_BEFORE = /(?:^|[\s([])[RDI]-$/;

/** A code written after a town and a comma: two to three capitals, with the full stop of a sentence's end. */
const ADDRESS_CODE = /^([A-Z]{2,3})\.?$/;

/**
 * Places that an address names by a code after a town and a comma ("Irving, TX", "Perth, WA",
 * "Brisbane, QLD", "London, ON"). A US state's postal code is the state when the town before it
 * has a namesake in that state, or when the gazetteer knows no other reading of the code: most
 * codes are no gazetteer names (being words: "IN", "OR", "ME"), and "WA" is also Western
 * Australia's abbreviation and a Ghanaian region's. Otherwise the code is the first-level region
 * of a namesake of the town whose name it abbreviates (its first letter, then the others in
 * order: "WA" Western Australia, "QLD" Queensland, "ON" Ontario), as Australian and Canadian
 * addresses write them. Returns each such entity with its region; the caller puts it in place of
 * the candidates, and the address rule above then settles the town before the comma.
 */
export function postalCodeStates(doc: Doc, candidates: ReadonlyMap<Entity, Place[]>): Map<Entity, Place[]> {
  const byEnd = new Map<number, Entity>();
  for (const e of candidates.keys()) for (const [, end] of e.mentions) byEnd.set(end, e);
  const out = new Map<Entity, Place[]>();
  for (const [e, cands] of candidates) {
    const code = ADDRESS_CODE.exec(e.name)?.[1];
    if (!code) continue;
    // A member of Congress's party and state in the press's label ("Rep. Robert Aderholt (R-AL)"),
    // where recognition kept the code alone: the state (resolve.ts reads "R-Texas" whole).
    const labelled = usStateByPostalCode(code);
    if (labelled && e.mentions.some(([start]) => PARTY_BEFORE.test(doc.text.slice(Math.max(0, start - 3), start)))) {
      out.set(e, [labelled]);
      continue;
    }
    const towns: Entity[] = [];
    for (const [start] of e.mentions) {
      const comma = /,\s*$/.exec(doc.text.slice(Math.max(0, start - 3), start));
      const town = comma ? byEnd.get(start - comma[0].length) : undefined;
      if (town) towns.push(town);
    }
    if (towns.length === 0) continue;
    const townCands = towns.flatMap((t) => candidates.get(t) ?? []);
    const state = usStateByPostalCode(code);
    if (state && (cands.length === 0 || townCands.some((p) => p.cc === 'US' && p.admin === state.admin))) {
      out.set(e, [state]);
      continue;
    }
    // A country's code ("UK", "UAE") after a town is the country.
    if (cands.some((p) => p.kind === 'country')) continue;
    const region = abbreviatedRegion(
      code,
      townCands.filter((p) => p.kind === 'city' || p.kind === 'admin2'),
    );
    if (region) out.set(e, [region]);
  }
  return out;
}

/** Whether `code` abbreviates `name`: its first letter, then its other letters in order ("QLD", "Queensland"). */
function abbreviates(code: string, name: string): boolean {
  const letters = name.toUpperCase();
  if (letters[0] !== code[0]) return false;
  let at = 1;
  for (const c of code.slice(1)) {
    at = letters.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The region of the most populous town whose region's name the code abbreviates. */
function abbreviatedRegion(code: string, towns: readonly Place[]): Place | undefined {
  let best: Place | undefined;
  for (const t of towns) {
    if (!t.admin || (best && t.pop <= best.pop)) continue;
    const region = admin1Place(t.cc, t.admin);
    if (region && abbreviates(code, region.name)) best = t;
  }
  return best?.admin ? admin1Place(best.cc, best.admin) : undefined;
}
