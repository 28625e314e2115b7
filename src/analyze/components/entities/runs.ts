// Finds name runs: maximal sequences of capitalised tokens in one sentence, joined across
// hyphens written without spaces ("Gorno-Badakhshan", "Port-au-Prince") and across lower-case connectors when the
// run is an organisation or facility name ("Institute for Political Research"). One pass over
// the tokens; every test is a character or Set check.
import type { Doc, Token } from '../../doc.js';
import {
  FAC_CUES,
  LOC_CUES,
  NAME_CONNECTORS,
  NON_ENTITY_HEADS,
  NOT_NAME_STARTS,
  PUBLICATION_HEADS,
  ORG_CUES,
  PERSON_TITLES,
} from './lexicon.js';
import { NAME_PARTICLES } from '../../../text/name-particles.js';
import { demonymCountry, knownPlaces } from '../../resources/gazetteer.js';
import { isCapitalised, isElidedCapital } from '../../../text/letters.js';

export interface Run {
  /** Token indices [first, end). */
  tok: [number, number];
  sentence: number;
  /** Whether the run starts its sentence (its capital proves nothing). */
  initial: boolean;
  /** Whether the sentence is written in title case (a headline): capitals prove nothing there. */
  titleCase: boolean;
}

/** Parts of speech that title case capitalises. */
const CONTENT_POS: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'ADJ', 'ADV']);
/** Shortest sentence (in words) judged for title case: shorter ones are often just names. */
const TITLE_CASE_MIN_WORDS = 4;
/** Part-of-speech tags that never belong in a name, whatever their capital. */
const NON_NAME_POS: ReadonlySet<string> = new Set([
  'VERB',
  'AUX',
  'PRON',
  'DET',
  'ADP',
  'SCONJ',
  'CCONJ',
  'PART',
  'PUNCT',
  'SYM',
  'NUM',
  'ADV',
  'INTJ',
]);
const HYPHENS: ReadonlySet<string> = new Set(['-', '‐']);

const isWord = (t: Token) => t.pos !== 'PUNCT' && t.pos !== 'SYM';

/** Where a name may start: a proper noun, a title, or (away from the sentence start) any capitalised noun or adjective. */
function canStart(t: Token, initial: boolean): boolean {
  if (!isCapitalised(t.text)) return false;
  const low = t.lower;
  if (NOT_NAME_STARTS.has(low)) return false;
  if (t.pos === 'PROPN' || PERSON_TITLES.has(low)) return true;
  if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'X') return false;
  return !initial || demonymCountry(t.text) !== undefined || ORG_CUES.has(low);
}

function canContinue(t: Token): boolean {
  if (!isCapitalised(t.text)) return false;
  const low = t.text.toLowerCase();
  if (NON_ENTITY_HEADS.has(low)) return true; // whatever its tag, so the run is seen whole and dropped
  if (PUBLICATION_HEADS.has(low)) return true; // "USA Today": a newspaper's head, whatever else the word is
  return !(NOT_NAME_STARTS.has(low) && !NAME_CONNECTORS.has(low)) && !NON_NAME_POS.has(t.pos === 'PROPN' ? '' : t.pos);
}

/** "said de Blasio": a name particle starts a name when a proper noun follows it. */
function particleStart(tokens: readonly Token[], i: number, end: number): boolean {
  return (
    NAME_PARTICLES.has(tokens[i].text) &&
    i + 1 < end &&
    tokens[i + 1].pos === 'PROPN' &&
    isCapitalised(tokens[i + 1].text)
  );
}

/** Whether the text between two tokens is empty (they are written as one word). */
const touching = (a: Token, b: Token) => a.span[1] === b.span[0];

function hasCue(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const low = tokens[i].text.toLowerCase();
    if (ORG_CUES.has(low) || FAC_CUES.has(low) || LOC_CUES.has(low)) return true;
  }
  return false;
}

/** A headline in title case capitalises all its content words; one lower-case content word disproves it. */
export function titleCaseSentences(doc: Doc): boolean[] {
  return doc.sentences.map((s) => {
    let words = 0;
    for (let i = s.tokens[0]; i < s.tokens[1]; i++) {
      const t = doc.tokens[i];
      if (!isWord(t) || t.pos === 'NUM') continue;
      words++;
      if (CONTENT_POS.has(t.pos) && !isCapitalised(t.text)) return false;
    }
    return words >= TITLE_CASE_MIN_WORDS;
  });
}

/** Longest lower-case particle read inside a hyphenated name ("au", "en", "sur", "upon"). */
const MAX_HYPHENED_PARTICLE = 4;

/**
 * Whether tokens j..j+3 are a hyphen, a short lower-case word, a hyphen and a capitalised word,
 * all written without spaces after token j - 1: the inside of "Port-au-Prince" or "Aix-en-Provence".
 */
function particleBetweenHyphens(tokens: readonly Token[], j: number, end: number): boolean {
  if (j + 3 >= end) return false;
  const [h1, particle, h2, next] = [tokens[j], tokens[j + 1], tokens[j + 2], tokens[j + 3]];
  return (
    HYPHENS.has(h1.text) &&
    HYPHENS.has(h2.text) &&
    touching(tokens[j - 1], h1) &&
    touching(h1, particle) &&
    touching(particle, h2) &&
    touching(h2, next) &&
    particle.text.length <= MAX_HYPHENED_PARTICLE &&
    /^\p{Ll}+$/u.test(particle.text) &&
    isCapitalised(next.text)
  );
}

/** Longest lower-case word read inside a place's name the gazetteer knows ("do", "upon"). */
const MAX_PLACE_PARTICLE = 4;

/**
 * Whether token j is a short lower-case word that, with the capitalised word after it, ends a
 * place's name the gazetteer knows whole, begun at one of the run's words i..j-1: the "do" of
 * "Santa Cruz do Sul", which is no name particle (in English it is a verb).
 */
function particleInPlace(tokens: readonly Token[], i: number, j: number, end: number): boolean {
  const [particle, next] = [tokens[j], tokens[j + 1]];
  if (j + 1 >= end || particle.text.length > MAX_PLACE_PARTICLE || !/^\p{Ll}+$/u.test(particle.text)) return false;
  if (!isCapitalised(next.text)) return false;
  for (let k = i; k < j; k++) {
    if (
      knownPlaces(
        tokens
          .slice(k, j + 2)
          .map((t) => t.text)
          .join(' '),
      ).length > 0
    )
      return true;
  }
  return false;
}

/** Extends a run from token `i` to the end of its name; returns one past its last token. */
function extend(tokens: readonly Token[], i: number, end: number): number {
  let j = i + 1;
  let lastConnector = -1;
  while (j < end) {
    const t = tokens[j];
    if (
      HYPHENS.has(t.text) &&
      j + 1 < end &&
      touching(tokens[j - 1], t) &&
      touching(t, tokens[j + 1]) &&
      isCapitalised(tokens[j + 1].text)
    ) {
      j += 2;
    } else if (particleBetweenHyphens(tokens, j, end)) {
      j += 4; // "Port-au-Prince", "Stratford-upon-Avon": one word, however wink splits it
    } else if (canContinue(t) || isElidedCapital(t.text)) {
      j++; // "Côte d'Ivoire", "Giscard d'Estaing": an elided particle joined to the next word
    } else if (
      NAME_PARTICLES.has(t.text) &&
      j + 1 < end &&
      tokens[j + 1].pos === 'PROPN' &&
      isCapitalised(tokens[j + 1].text)
    ) {
      j++; // "Bill de Blasio": a particle between two parts of a name
    } else if (particleInPlace(tokens, i, j, end)) {
      j += 2; // "Santa Cruz do Sul": a place's name the gazetteer knows whole
    } else if (
      NAME_CONNECTORS.has(t.text) &&
      j + 1 < end &&
      isCapitalised(tokens[j + 1].text) &&
      canContinue(tokens[j + 1]) &&
      !(t.text === 'and' && ORG_CUES.has(tokens[j - 1].text.toLowerCase()))
    ) {
      // "Apple Inc and Alphabet Inc" is two names
      if (lastConnector < 0) lastConnector = j;
      j++;
    } else break;
  }
  // A connector only belongs inside an organisation or facility name; otherwise "Putin and Rakhmon" is two names.
  if (lastConnector >= 0 && !hasCue(tokens, i, j)) return lastConnector;
  return j;
}

export function findRuns(doc: Doc): Run[] {
  const runs: Run[] = [];
  const titleCase = titleCaseSentences(doc);
  doc.sentences.forEach((s, si) => {
    const [from, end] = s.tokens;
    let firstWord = from;
    while (firstWord < end && !isWord(doc.tokens[firstWord])) firstWord++;
    let i = from;
    while (i < end) {
      if (!canStart(doc.tokens[i], i === firstWord) && !particleStart(doc.tokens, i, end)) {
        i++;
        continue;
      }
      const j = extend(doc.tokens, i, end);
      runs.push({ tok: [i, j], sentence: si, initial: i === firstWord, titleCase: titleCase[si] });
      i = j;
    }
  });
  return runs;
}
