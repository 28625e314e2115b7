// Generators of text nobody edited, for the scaling benchmark (`npm run bench:scaling`) and the
// scaling test: each kind is one way unchecked feeds and scrapes break the assumptions of prose
// (sentences end, names are rare, quotation marks pair up). Every generator is deterministic (a
// seeded generator), takes a size in words and returns roughly that many words, so a doubling of
// the size is a doubling of the text.
import { FAMILY, GIVEN } from './made-up-names.js';

/** A deterministic generator, so runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

type Pick = <T>(list: readonly T[]) => T;

function picker(seed: number): { pick: Pick; next: () => number } {
  const next = rng(seed);
  return { next, pick: (list) => list[Math.floor(next() * list.length)] };
}

const PLACES = [
  'Kabul',
  'Bishkek',
  'Nairobi',
  'Lagos',
  'Dushanbe',
  'Kant',
  'Mosul',
  'Aleppo',
  'Lima',
  'Quito',
  'Gaza',
  'Kyiv',
  'Osh',
  'Herat',
];
const ORGS = [
  'Ministry of Defense',
  'United Nations',
  'Red Cross',
  'World Bank',
  'Central Asian Policy Forum',
  'National Assembly',
];
const TITLES = ['minister', 'president', 'spokesman', 'analyst', 'commander', 'governor', 'official'];
const NOUNS = [
  'road',
  'army',
  'village',
  'election',
  'bridge',
  'budget',
  'market',
  'police',
  'border',
  'school',
  'protest',
  'talks',
  'troops',
  'water',
  'prices',
];
const VERBS = [
  'built',
  'attacked',
  'closed',
  'opened',
  'signed',
  'blocked',
  'funded',
  'crossed',
  'raided',
  'visited',
  'rejected',
  'approved',
];
const REPORTING = [
  'said',
  'told reporters',
  'claimed',
  'announced',
  'added',
  'insisted',
  'warned',
  'denied',
  'stated',
  'argued',
];
const FILLER = [
  'and',
  'then',
  'so',
  'you',
  'know',
  'um',
  'like',
  'the',
  'we',
  'they',
  'it',
  'was',
  'really',
  'very',
  'there',
  'in',
  'of',
  'on',
];
const MONTHS = [
  'January',
  'Feb.',
  'March',
  'Apr.',
  'May',
  'June',
  'Jul.',
  'August',
  'Sept.',
  'October',
  'Nov.',
  'December',
];
const UNITS = ['people', 'km', 'tonnes', 'dollars', 'troops', 'percent', 'homes', 'soldiers', 'miles', 'barrels'];

/** Syllables of made-up family names: thousands of different people, as in a long list of names. */
const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'ten',
  'sa',
  'vo',
  'lin',
  'da',
  'bar',
  'ne',
  'ul',
  'ze',
  'mor',
  'ti',
  'gan',
  'pe',
  'ho',
  'ras',
  'qui',
  'el',
];
const ENDINGS = ['ov', 'ez', 'son', 'ski', 'ani', 'uk', 'ing', 'ard', 'eau', 'ova'];

/** A person's name: half the time a common one (so names recur), else one of some 64,000. */
function person(pick: Pick): string {
  if (pick([0, 1])) return `${pick(GIVEN)} ${pick(FAMILY)}`;
  const first = pick(SYLLABLES);
  const family = `${first[0].toUpperCase()}${first.slice(1)}${pick(SYLLABLES)}${pick(ENDINGS)}`;
  return `${pick(GIVEN)} ${family}`;
}

/** Grows phrases until about `words` words; phrases are joined with `join`. */
function fill(words: number, join: string, phrase: () => string): string {
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    const p = phrase();
    parts.push(p);
    count += p.split(' ').length;
  }
  return parts.join(join);
}

/** A transcript with no sentence-ending punctuation at all: one endless sentence of talk, names and reporting verbs. */
function noPunctuation(words: number): string {
  const { pick, next } = picker(1);
  return fill(words, ' ', () => {
    const r = next();
    if (r < 0.15)
      return `${person(pick)} the ${pick(TITLES)} ${pick(REPORTING)} that the ${pick(NOUNS)} in ${pick(PLACES)} was ${pick(VERBS)}`;
    if (r < 0.25) return `the ${pick(ORGS)} ${pick(VERBS)} the ${pick(NOUNS)}`;
    return `${pick(FILLER)} ${pick(FILLER)} the ${pick(NOUNS)} ${pick(VERBS)} ${pick(FILLER)}`;
  });
}

/** One sentence of relative clauses chained without end ("the man who saw the officer who said that ..."), with one full stop at the end. */
function relativeClauses(words: number): string {
  const { pick, next } = picker(2);
  const head = `${person(pick)}, the ${pick(TITLES)} of ${pick(PLACES)}, ${pick(REPORTING)} that the ${pick(NOUNS)}`;
  return `${head} ${fill(words, ' ', () => {
    const r = next();
    if (r < 0.3)
      return `which the ${pick(TITLES)} from ${pick(PLACES)} ${pick(VERBS)} in ${2000 + Math.floor(next() * 25)}, who ${pick(REPORTING)} that the ${pick(NOUNS)}`;
    if (r < 0.5)
      return `that ${person(pick)} ${pick(VERBS)} after the ${pick(ORGS)} ${pick(VERBS)} the ${pick(NOUNS)}, which`;
    return `who ${pick(VERBS)} the ${pick(NOUNS)} that was ${pick(VERBS)} by the ${pick(NOUNS)}`;
  })} was ${pick(VERBS)}.`;
}

/** Pages full of quotation marks: short quotes, straight and curly, some never closed, speakers between them, few full stops. */
function quotationMarks(words: number): string {
  const { pick, next } = picker(3);
  return fill(words, ' ', () => {
    const r = next();
    if (r < 0.35) return `“${pick(FILLER)} ${pick(NOUNS)} ${pick(VERBS)},” ${person(pick)} ${pick(REPORTING)},`;
    if (r < 0.6) return `"${pick(NOUNS)}" and "${pick(NOUNS)} ${pick(VERBS)}" ${pick(REPORTING)} the ${pick(TITLES)}`;
    if (r < 0.75) return `‘${pick(NOUNS)}’ “${pick(FILLER)} the ${pick(NOUNS)}`; // an unclosed double quote
    if (r < 0.85) return `${pick(FILLER)} ” ${pick(NOUNS)} "`; // stray closing and straight marks
    return `« ${pick(NOUNS)} ${pick(VERBS)} » ${pick(REPORTING)} ${person(pick)}.`;
  });
}

/** Reporting verbs nested inside each other: "X said that Y told reporters that Z claimed that ...", one sentence. */
function nestedReporting(words: number): string {
  const { pick, next } = picker(4);
  return `${fill(words, ' ', () => {
    const r = next();
    if (r < 0.5) return `${person(pick)} ${pick(REPORTING)} that`;
    if (r < 0.75) return `the ${pick(TITLES)} of the ${pick(ORGS)} ${pick(REPORTING)} that`;
    return `according to ${person(pick)}, ${pick(PLACES)} officials ${pick(REPORTING)}`;
  })} the ${pick(NOUNS)} was ${pick(VERBS)}.`;
}

/** Dense numbers and dates, as a flattened table: figures, units, dates and times, no sentence ends. */
function numbersAndDates(words: number): string {
  const { pick, next } = picker(5);
  const n = (max: number) => Math.floor(next() * max);
  return fill(words, ' ', () => {
    const r = next();
    if (r < 0.2) return `${pick(MONTHS)} ${1 + n(28)} ${2000 + n(25)}`;
    if (r < 0.35) return `${n(1000)},${String(n(1000)).padStart(3, '0')} ${pick(UNITS)}`;
    if (r < 0.5) return `${(next() * 100).toFixed(1)}% ${n(12) + 1}:${String(n(60)).padStart(2, '0')} pm`;
    if (r < 0.6)
      return `${n(90) + 1} million ${pick(UNITS)} on ${2000 + n(25)}-${String(n(12) + 1).padStart(2, '0')}-${String(n(28) + 1).padStart(2, '0')}`;
    if (r < 0.7) return `$${n(900) + 1}bn last ${pick(['Monday', 'week', 'year', 'month', 'Friday'])}`;
    if (r < 0.8) return `${n(50) + 1} to ${n(50) + 51} ${pick(UNITS)} ${n(10) + 2} days ago`;
    return `${n(100000)} ${n(100)} ${(next() * 10).toFixed(2)} |`;
  });
}

/** Capitalised words only: every word starts with a capital, as headlines, name lists and shouted transcripts do. */
function capitalisedOnly(words: number): string {
  const { pick, next } = picker(6);
  const cap = (w: string) =>
    w
      .split(' ')
      .map((x) => x[0].toUpperCase() + x.slice(1))
      .join(' ');
  return fill(words, ' ', () => {
    const r = next();
    if (r < 0.3) return `${person(pick)} ${cap(pick(TITLES))} Of ${pick(PLACES)}`;
    if (r < 0.5) return `${cap(pick(ORGS))} ${cap(pick(REPORTING))}`;
    if (r < 0.6) return `${person(pick)},`;
    return `The ${cap(pick(NOUNS))} ${cap(pick(VERBS))} In ${pick(PLACES)}`;
  });
}

export const PATHOLOGICAL_KINDS = {
  'no-punctuation': noPunctuation,
  'relative-clauses': relativeClauses,
  'quotation-marks': quotationMarks,
  'nested-reporting': nestedReporting,
  'numbers-dates': numbersAndDates,
  'capitalised-only': capitalisedOnly,
} as const satisfies Record<string, (words: number) => string>;

export type PathologicalKind = keyof typeof PATHOLOGICAL_KINDS;

export function pathologicalText(kind: PathologicalKind, words: number): string {
  return PATHOLOGICAL_KINDS[kind](words);
}
