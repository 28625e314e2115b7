// Two places joined by a hyphen name a relation or a route between them, not one place: "the
// US-China trade talks", "the India-Pakistan border", "the Chicago-Denver route", "a 180-day
// Earth-Mars cruise". The tagger and the name runs read such a pair as one place (wink splits the
// hyphen off, and the names on both sides are capitalised), which no gazetteer knows and no point
// fits. Each side is then its own place. So for a US legislator's party-and-state tag ("Rep. Mark
// Lewis (R-Ohio)"): the party's letter is no part of the state's name.
import type { Doc } from '../../doc.js';
import { newMention, type Mention } from './classify.js';
import { knownPlaces, lookupPlaces, usStateByPostalCode, type Place } from '../../resources/gazetteer.js';
import { isPlanet } from './unknown-places.js';
import { packedMap } from '../../packed-map.js';

const HYPHENS: ReadonlySet<string> = new Set(['-', '‐', '–']);

/** The letters of the US parties in a legislator's tag: Republican, Democrat, Independent. */
const PARTY_LETTERS: ReadonlySet<string> = new Set(['R', 'D', 'I']);

/** Inhabitants of a town that one side of a pair may name on its own ("Chicago-Denver"; not "Sui" of "Sui-Lee"). */
const MIN_PAIR_TOWN_POP = 100_000;

/** A word in capitals ("US", "NCR"): alone it names a country for sure, a region or a town seldom. */
const CAPITALS = /^[\p{Lu}.]+$/u;

/**
 * Whether a side of a pair names a place by itself: a planet, a country, a first-level region or a
 * town of 100,000 or more; an abbreviation only a country ("US", "U.K."). Continents and world
 * regions are left out: "Asia-Pacific" is one region.
 */
function sidePlaces(text: string): Place[] | 'planet' | undefined {
  if (isPlanet(text)) return 'planet';
  const places = knownPlaces(text);
  const fits = (p: Place) =>
    p.kind === 'country' ||
    (!CAPITALS.test(text) && (p.kind === 'admin1' || (p.kind === 'city' && p.pop >= MIN_PAIR_TOWN_POP)));
  return places.some(fits) ? lookupPlaces(text).filter(fits) : undefined;
}

/** The mention of one side of a pair, tokens [from, to). */
function side(doc: Doc, m: Mention, from: number, to: number, places: Place[] | 'planet'): Mention {
  const span: [number, number] = [doc.tokens[from].span[0], doc.tokens[to - 1].span[1]];
  const out = newMention(places === 'planet' ? 'LOC' : 'GPE', span, [from, to], doc.text.slice(span[0], span[1]));
  if (places !== 'planet') {
    out.places = places;
    const cc = places.find((p) => p.kind === 'country')?.cc;
    if (cc) out.cc = cc;
  }
  return out;
}

/** The sides of a place mention split at its hyphens written without spaces, as token ranges; none if it has no such hyphen. */
function sides(doc: Doc, [from, to]: [number, number]): [number, number][] {
  const t = doc.tokens;
  const out: [number, number][] = [];
  let start = from;
  for (let k = from + 1; k < to - 1; k++)
    if (HYPHENS.has(t[k].text) && t[k - 1].span[1] === t[k].span[0] && t[k].span[1] === t[k + 1].span[0]) {
      out.push([start, k]);
      start = k + 1;
    }
  if (out.length === 0) return [];
  out.push([start, to]);
  return out;
}

/**
 * Splits every place mention made of places joined by hyphens, whose whole the gazetteer does not
 * know ("Guinea-Bissau" is one country), into one mention per side; drops a party's letter before
 * a state ("R-Ohio" -> "Ohio").
 */
export function splitPlacePairs(doc: Doc, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const parts = m.type === 'GPE' || m.type === 'LOC' ? sides(doc, m.tok) : [];
    if (parts.length === 0 || knownPlaces(m.text).length > 0) {
      out.push(m);
      continue;
    }
    const text = (a: number, b: number) => doc.text.slice(doc.tokens[a].span[0], doc.tokens[b - 1].span[1]);
    // "R-Ohio", "D-NY": a party's letter, then the state.
    const [a, b] = parts[0];
    const party = parts.length === 2 && b - a === 1 && PARTY_LETTERS.has(doc.tokens[a].text);
    const kept = party ? parts.slice(1) : parts;
    // After a party's letter a state's postal code names the state ("R-AL").
    const state = (s: string) => (party ? usStateByPostalCode(s) : undefined);
    const found = packedMap(kept, ([x, y]) => {
      const code = state(text(x, y));
      return code ? [code] : sidePlaces(text(x, y));
    });
    if ((!party && kept.length < 2) || found.some((f) => f === undefined)) {
      out.push(m);
      continue;
    }
    kept.forEach(([x, y], k) => out.push(side(doc, m, x, y, found[k]!)));
  }
  return out;
}
