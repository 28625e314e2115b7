// Groups typed mentions into one entity per real thing: surname matching for people, one
// country for all its names ("U.S.", "United States"), acronyms in parentheses joined to the
// name they abbreviate; then titles and affiliations from appositions ("Sergey Markov, director
// of the Moscow Institute ...") and nominal mentions ("the Kremlin leader") resolved to people.
import type { Entity, Span } from '../../../record/types.js';
import type { Doc } from '../../doc.js';
import { demonymCountry, gazetteer, knownPlaces, placeKey } from '../../resources/gazetteer.js';
import type { Mention } from './classify.js';
import type { Nominal } from './decide.js';
import { PERSON_TITLES } from './lexicon.js';
import { nfc } from '../../../text/fold.js';
import { packedMap } from '../../packed-map.js';

/** Words that may sit between a person's name and the title of an apposition (", the director of"). */
const APPOSITION_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'former',
  'acting',
  'deputy',
  'senior',
  'chief',
]);
/** Prepositions that link an apposition's title to the organisation or place it belongs to. */
const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'with', 'from']);

interface Group {
  entity: Entity;
  surfaces: Set<string>;
  /** Country the entity belongs to (for people) or is (for places). */
  affiliationCC?: string;
  /**
   * The group of the organisation or place an apposition's title ties this one to, resolved to its
   * entity id once ids are given. A field, not a WeakMap keyed by the group: V8's young-generation
   * collector keeps WeakMap values (and what they reach) alive, which promoted every document's
   * groups to the old generation (h70).
   */
  affiliatedWith?: Group;
  lastStart: number;
}

/**
 * Typographic and straight apostrophes spell one name ("O’Neill", "O'Neill"), as do composed and
 * decomposed (NFD) letters ("Erdoğan" either way).
 */
const sameApostrophes = (name: string) => nfc(name).replaceAll('’', "'");

const singular = (word: string) => (word.endsWith('s') ? word.slice(0, -1) : word);

function keyOf(m: Mention): string {
  switch (m.type) {
    case 'GPE':
    case 'LOC':
      return m.cc ? `c:${m.cc}` : `g:${placeKey(m.text)}`;
    case 'NORP':
      return m.cc ? `n:${m.cc}` : `n:${singular(m.text.toLowerCase())}`;
    case 'PERSON':
      return `p:${sameApostrophes(m.text)}`;
    default:
      return `o:${placeKey(m.text)}`;
  }
}

/** Full-name people by each word of their names, for surname matching in one Map get. */
function personsByWord(groups: Iterable<Group>): Map<string, Group[]> {
  const out = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.entity.type !== 'PERSON' || !g.entity.name.includes(' ')) continue;
    for (const word of sameApostrophes(g.entity.name).split(' ')) {
      const list = out.get(word);
      if (list) list.push(g);
      else out.set(word, [g]);
    }
  }
  return out;
}

/** The full-name person a lone name belongs to: the most recently mentioned one whose name has that word. */
function personFor(word: string, byWord: Map<string, Group[]>): Group | undefined {
  let best: Group | undefined;
  for (const g of byWord.get(word) ?? []) if (!best || g.lastStart > best.lastStart) best = g;
  return best;
}

export function group(doc: Doc, mentions: readonly Mention[], nominals: readonly Nominal[]): Entity[] {
  const groups = new Map<string, Group>();
  const byMention = new Map<Mention, Group>();
  const add = (key: string, m: Mention) => {
    let g = groups.get(key);
    if (!g) {
      g = {
        entity: { id: '', type: m.type!, name: m.text, aliases: [], mentions: [] },
        surfaces: new Set(),
        lastStart: m.span[0],
      };
      groups.set(key, g);
    }
    g.entity.mentions.push(m.span);
    g.surfaces.add(m.text);
    g.lastStart = Math.max(g.lastStart, m.span[0]);
    if (m.text.length > g.entity.name.length) g.entity.name = m.text;
    if (m.title && !g.entity.title) g.entity.title = m.title;
    if (m.affiliationCC && !g.affiliationCC) g.affiliationCC = m.affiliationCC;
    if (m.affiliation && !g.entity.affiliation) g.entity.affiliation = m.affiliation;
    if (m.type === 'GPE' && m.cc) g.affiliationCC = m.cc;
    byMention.set(m, g);
  };
  const loneNames: Mention[] = [];
  let previous: Mention | undefined;
  for (const m of mentions) {
    if (m.type === 'PERSON' && !m.text.includes(' ')) loneNames.push(m);
    else if (m.type === 'ORG' && previous?.type === 'ORG' && doc.text.slice(previous.span[1], m.span[0]).trim() === '(')
      add(keyOf(previous), m);
    else add(keyOf(m), m);
    previous = m;
  }
  const byWord = personsByWord(groups.values());
  for (const m of loneNames) {
    const g = personFor(sameApostrophes(m.text), byWord);
    if (g) {
      g.entity.mentions.push(m.span);
      g.surfaces.add(m.text);
      byMention.set(m, g);
    } else add(keyOf(m), m);
  }
  appositions(doc, mentions, byMention);
  resolveNominals(nominals, groups);
  return finish(groups);
}

/** "Sergey Markov, director of the Moscow Institute for Political Research": title and affiliation. */
function appositions(doc: Doc, mentions: readonly Mention[], byMention: Map<Mention, Group>): void {
  const startingAt = new Map<number, Mention>();
  for (const m of mentions) if (!startingAt.has(m.tok[0])) startingAt.set(m.tok[0], m); // the longest: an ORG before the place it starts with
  const { tokens } = doc;
  for (const m of mentions) {
    const g = byMention.get(m);
    if (m.type !== 'PERSON' || !g) continue;
    let i = m.tok[1];
    if (tokens[i]?.text !== ',') continue;
    i++;
    while (i < tokens.length && APPOSITION_DETERMINERS.has(tokens[i].text)) i++;
    const titleFrom = i;
    while (i < tokens.length && PERSON_TITLES.has(tokens[i].text)) i++;
    if (i === titleFrom || !AFFILIATION_PREPOSITIONS.has(tokens[i]?.text ?? '')) continue;
    const title = doc.text.slice(tokens[titleFrom].span[0], tokens[i - 1].span[1]);
    i++;
    if (tokens[i]?.text.toLowerCase() === 'the') i++;
    const aff = startingAt.get(i);
    const affGroup = aff && byMention.get(aff);
    if (!aff || !affGroup || aff.type === 'PERSON') continue;
    g.entity.title ??= title;
    if (!g.entity.affiliation) {
      g.entity.affiliation = affGroup.entity.name;
      g.entity.affiliationEntity = affGroup.entity.id || undefined;
      if (affGroup.affiliationCC) g.affiliationCC ??= affGroup.affiliationCC;
      g.affiliatedWith = affGroup;
    }
  }
}

function countryOf(modifier: string): string | undefined {
  return demonymCountry(modifier) ?? knownPlaces(modifier).find((p) => p.kind === 'country')?.cc;
}

/** Whether a person may be described by a nominal with this modifier (see resolveNominals). */
function fits(g: Group, n: Nominal, cc: string | undefined): 'match' | 'open' | 'no' {
  const title = g.entity.title?.toLowerCase() ?? '';
  if (!n.modifier) return title.split(' ').includes(n.head) ? 'match' : 'no';
  if ((cc && g.affiliationCC === cc) || g.entity.affiliation === n.modifier) return 'match';
  // A country modifier needs a person of no known country; an organisation modifier
  // ("the Kremlin leader") one with no other organisation.
  const open = cc ? !g.affiliationCC && !g.entity.affiliation : !g.affiliatedWith;
  return open ? 'open' : 'no';
}

/**
 * How many people a nominal mention is weighed against: the ones mentioned most recently before
 * it. No news article names this many people; a list of thousands of names would otherwise make
 * every "the minister" a search through all of them.
 */
const MAX_NOMINAL_CANDIDATES = 200;

/**
 * Gives each nominal mention to the person it most plausibly describes, or to none: the most
 * recently mentioned person whose affiliation or title matches, else the most recent one of no
 * conflicting affiliation. One sweep in text order keeps the people ordered by their last mention.
 */
function resolveNominals(nominals: readonly Nominal[], groups: Map<string, Group>): void {
  const people = [...groups.values()].filter((g) => g.entity.type === 'PERSON');
  const passes = people.flatMap((g) => g.entity.mentions.map(([at]) => ({ at, g }))).sort((a, b) => a.at - b.at);
  const recent = new Recency<Group>();
  /** The nominal just given to a person: a mention of theirs for the nominals after it. */
  const given: { at: number; g: Group }[] = [];
  let next = 0;
  for (const n of [...nominals].sort((a, b) => a.span[0] - b.span[0])) {
    // The nominal given last stands before any mention passed now: touched first, it ends up older.
    for (const p of given.splice(0)) recent.touch(p.g);
    while (next < passes.length && passes[next].at < n.span[0]) recent.touch(passes[next++].g);
    const cc = n.modifier ? countryOf(n.modifier) : undefined;
    let open: Group | undefined;
    let match: Group | undefined;
    let looked = 0;
    for (const g of recent.mostRecentFirst()) {
      if (++looked > MAX_NOMINAL_CANDIDATES) break;
      const fit = fits(g, n, cc);
      if (fit === 'match') {
        match = g;
        break;
      }
      if (fit === 'open') open ??= g;
    }
    const g = match ?? open;
    if (!g) continue;
    g.entity.mentions.push(n.span);
    g.lastStart = Math.max(g.lastStart, n.span[0]);
    given.push({ at: n.span[0], g });
    if (cc && !g.affiliationCC) {
      g.affiliationCC = cc;
      g.entity.affiliation ??= gazetteer().countries.get(cc)?.name;
    }
  }
}

/** Items ordered by when they were last touched, most recent first; a touch is constant time. */
class Recency<T> {
  private readonly newer = new Map<T, T | null>();
  private readonly older = new Map<T, T | null>();
  private head: T | null = null;

  touch(item: T): void {
    if (this.head === item) return;
    if (this.older.has(item)) {
      const a = this.newer.get(item) ?? null;
      const b = this.older.get(item) ?? null;
      if (a !== null) this.older.set(a, b);
      if (b !== null) this.newer.set(b, a);
    }
    this.newer.set(item, null);
    this.older.set(item, this.head);
    if (this.head !== null) this.newer.set(this.head, item);
    this.head = item;
  }

  *mostRecentFirst(): Generator<T> {
    for (let x = this.head; x !== null; x = this.older.get(x) ?? null) yield x;
  }
}

function finish(groups: Map<string, Group>): Entity[] {
  const ordered = [...groups.values()];
  for (const g of ordered) g.entity.mentions.sort((a: Span, b: Span) => a[0] - b[0]);
  ordered.sort((a, b) => a.entity.mentions[0][0] - b.entity.mentions[0][0]);
  ordered.forEach((g, i) => {
    g.entity.id = `e${i + 1}`;
  });
  const byCountry = new Map<string, Group>();
  for (const g of ordered)
    if (g.entity.type === 'GPE' && g.affiliationCC && !byCountry.has(g.affiliationCC))
      byCountry.set(g.affiliationCC, g);
  for (const g of ordered) {
    const e = g.entity;
    e.aliases = [...g.surfaces].filter((s) => s !== e.name);
    const target = g.affiliatedWith;
    if (target) e.affiliationEntity = target.entity.id;
    else if (e.type === 'PERSON' && g.affiliationCC) {
      const country = byCountry.get(g.affiliationCC) ?? undefined;
      e.affiliation ??= gazetteer().countries.get(g.affiliationCC)?.name;
      if (country && e.affiliation === country.entity.name) e.affiliationEntity = country.entity.id;
    }
  }
  return packedMap(ordered, (g) => g.entity);
}
