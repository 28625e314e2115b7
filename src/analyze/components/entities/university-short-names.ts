// "She studied at Columbia University. ... Columbia hired her": a university the document names in
// full is then called by its first word alone, which the tagger and the gazetteer read as a place
// (Columbia, South Carolina; the District of Columbia). Where the document names "X University"
// or "X College", a one-word place X is that university (ORG) unless the document shows X as a
// place: X is a country's or a first-level region's own name ("Indiana University" beside
// "Indiana"), a city of 500,000 or more bears it ("Boston University" beside "Boston"), or a
// mention of X is placed by what follows it ("Columbia, S.C."). One sense per discourse, as
// given-names-in-doc.ts and consistency.ts.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { knownPlaces } from '../../resources/gazetteer.js';

/** Last words of a university's or college's name whose first word alone may stand for it. */
const UNIVERSITY_HEADS: ReadonlySet<string> = new Set(['University', 'College']);

/** A city this large is the usual sense of its name even beside a university named after it. */
const BIG_CITY = 500_000;

/** The first words of the universities the document names as "X University" or "X College". */
function universityWords(mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const words = m.text.split(' ');
    if (m.type === 'ORG' && words.length === 2 && UNIVERSITY_HEADS.has(words[1])) out.add(words[0]);
  }
  return out;
}

/** Whether the word is a place by its own name wherever it stands. */
function placeByItself(word: string): boolean {
  return knownPlaces(word).some(
    (p) =>
      ((p.kind === 'country' || p.kind === 'admin1') && p.name === word) ||
      (p.kind === 'city' && (p.pop ?? 0) >= BIG_CITY),
  );
}

/** Whether a comma and a capitalised word follow the mention ("Columbia, S.C."): a town placed by its region. */
function placedAfter(doc: Doc, m: Mention): boolean {
  const [comma, next] = [doc.tokens[m.tok[1]], doc.tokens[m.tok[1] + 1]];
  return comma?.text === ',' && !!next && /^\p{Lu}/u.test(next.text);
}

/**
 * One-word places that are a university the document names in full, typed ORG; not the place
 * nested in a longer name ("Columbia" of "Columbia University" stays its place mention).
 */
export function universitiesByFirstWord(doc: Doc, mentions: Mention[]): Mention[] {
  const words = universityWords(mentions);
  if (words.size === 0) return mentions;
  const nested = (m: Mention) => mentions.some((n) => n !== m && n.tok[0] <= m.tok[0] && n.tok[1] >= m.tok[1]);
  const alone = (m: Mention) =>
    (m.type === 'GPE' || m.type === 'LOC') && m.tok[1] - m.tok[0] === 1 && words.has(m.text) && !nested(m);
  const placed = new Set(mentions.filter((m) => alone(m) && placedAfter(doc, m)).map((m) => m.text));
  return mentions.map((m) =>
    alone(m) && !placed.has(m.text) && !placeByItself(m.text)
      ? { ...m, type: 'ORG', places: undefined, cc: undefined }
      : m,
  );
}
