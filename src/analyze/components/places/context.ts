// What the words around a place's mentions say about which namesake is meant, before any
// scoring: the containing place written after a comma ("Buffalo, New York", "Stroud, Ontario"),
// a region's generic word ("Washington state", "the state of New York"), and the kind of the
// places listed beside it ("Utah, Washington and Wisconsin" are states; "Armenia, Georgia and
// Azerbaijan" countries). These are the conventions of written addresses and lists, not
// choices fitted to any text: they narrow an entity's candidates, and the ranker picks among
// what is left.
import type { Entity } from '../../../record/types.js';
import type { Doc } from '../../doc.js';
import type { Place } from '../../resources/gazetteer.js';

interface Mention {
  entity: Entity;
  start: number;
  end: number;
}

/** A generic region word right after the name, in lower case ("Washington state farm", "Nyanza province"). */
const REGION_WORD_AFTER = /^\s+(?:state|province)\b/;
/** "the state of Washington", "the province of Western Kasai" (not "Jiangsu province of eastern China"). */
const REGION_WORD_BEFORE = /\bthe (?:state|province) of\s+$/i;
/** Feature codes of the towns that seat a region's government, which stand for the region near enough. */
const SEATS: ReadonlySet<string | undefined> = new Set(['PPLA', 'PPLA2']);
/** The comma of an address: "Buffalo, New York". */
const ADDRESS_COMMA = /^,\s*$/;
/** What joins two items of a list. */
const LIST_JOINER = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;
/** Most characters looked at on either side of a mention. */
const WINDOW = 20;

/** Whether `outer` contains `inner`: a country its regions and towns, a first-level region its towns and counties. */
function contains(outer: Place, inner: Place): boolean {
  if (!outer.cc || outer.cc !== inner.cc || outer === inner) return false;
  if (outer.kind === 'country') return inner.kind !== 'country';
  if (outer.kind === 'admin1') return (inner.kind === 'city' || inner.kind === 'admin2') && inner.admin === outer.admin;
  return false;
}

/** The kind a name most plausibly has on its own: that of its most populous country or region reading, else its first. */
function leadingKind(cands: readonly Place[]): Place['kind'] | undefined {
  if (cands.some((p) => p.kind === 'country')) return 'country';
  if (cands.length > 0 && cands.every((p) => p.kind === 'admin1' || p.kind === 'admin2')) return 'admin1';
  const regions = cands.filter((p) => p.kind === 'admin1');
  const towns = cands.filter((p) => p.kind === 'city');
  const biggestTown = Math.max(0, ...towns.map((p) => p.pop));
  return regions.some((r) => r.pop > biggestTown) ? 'admin1' : cands[0]?.kind;
}

/**
 * Narrows the candidates of entities whose surroundings settle their kind or their container.
 * Returns only the entities it narrowed; an entity keeps its first narrowing.
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
  // An entity that merges a country's name with another ("Zaire" and "Democratic Republic of
  // Congo") is settled by the country's name, not by one mention's surroundings.
  const namesCountryToo = (e: Entity) =>
    (candidates.get(e) ?? []).some((p) => p.kind === 'country') &&
    new Set(e.mentions.map(([s, t]) => text.slice(s, t))).size > 1;

  // A region's generic word beside its name.
  for (const m of mentions) {
    const after = text.slice(m.end, m.end + WINDOW);
    const before = text.slice(Math.max(0, m.start - WINDOW), m.start);
    if ((REGION_WORD_AFTER.test(after) || REGION_WORD_BEFORE.test(before)) && !namesCountryToo(m.entity))
      narrow(m.entity, (p) => p.kind === 'admin1' || p.kind === 'admin2' || SEATS.has(p.fc));
  }

  // Addresses: "<town>, <region or country>", unless the pair sits inside a longer list.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const n = mentions[i + 1];
    if (m.entity === n.entity || !ADDRESS_COMMA.test(between(m, n))) continue;
    const prev = mentions[i - 1];
    const next = mentions[i + 2];
    if ((prev && LIST_JOINER.test(between(prev, m))) || (next && LIST_JOINER.test(between(n, next)))) continue;
    const inner = candidates.get(m.entity) ?? [];
    const outer = candidates.get(n.entity) ?? [];
    const pairs = inner.filter((p) => outer.some((o) => contains(o, p)));
    if (pairs.length === 0) continue;
    narrow(m.entity, (p) => pairs.includes(p));
    narrow(n.entity, (o) => pairs.some((p) => contains(o, p)));
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
  return narrowed;
}
