// Quantities: numbers bound to what they count ("7,000 Russian troops" -> 7000 troops), money with
// its currency ("$2.5 billion" -> 2500000000 USD), percentages, ranges ("20 to 30 people") and
// loose counts ("dozens of"). One left-to-right pass over wink's tokens; numbers inside a time
// expression (years, dates, clock times) are left to the times component.
import type { Quantity, Span } from '../../../record/types.js';
import type { Component } from '../../component.js';
import type { Doc, Token } from '../../doc.js';
import {
  APPROXIMATE_COUNTS,
  APPROXIMATE_HEADS,
  APPROXIMATORS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  PERCENT_WORDS,
  RANGE_LINKS,
  UNIT_NOUNS,
} from './lexicon.js';
import { runValue, SCALES, tokenValue } from './numbers.js';

/** Tokens that can sit between a number and the noun it counts ("7,000 Russian troops"). */
const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);
const MAX_MODIFIERS = 4;
/** Ranges written as one token: "10-15". */
const RANGE_TOKEN_RE = /^(\d[\d,.]*)[-–](\d[\d,.]*)$/;
const NUMBER_WORD_RE = /^[a-z]/i;
/** A four-digit number that reads as a year (no thousands comma). */
const YEAR_LIKE_RE = /^(?:1[89]|20)\d\d$/;

interface Reading {
  start: number;
  end: number;
  value: number;
  max?: number;
  noun: string;
  unit?: string;
  approximate?: boolean;
}

export const quantities: Component = {
  name: 'quantities',
  requires: ['tokens', 'times'],
  assigns: ['quantities'],
  run(doc: Doc) {
    const tokens = doc.tokens;
    const timeSpans = doc.times.map((t) => t.span);
    let nextTime = 0;
    const out: Quantity[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const pos = tokens[i].span[0];
      while (nextTime < timeSpans.length && timeSpans[nextTime][1] <= pos) nextTime++;
      if (nextTime < timeSpans.length && timeSpans[nextTime][0] <= pos) continue; // inside a time expression
      if (!mayStartQuantity(tokens[i])) continue;
      const r = readAt(tokens, i);
      if (!r) continue;
      const span: Span = [tokens[r.start].span[0], tokens[r.end - 1].span[1]];
      out.push({
        text: doc.text.slice(span[0], span[1]),
        span,
        value: r.value,
        noun: r.noun,
        ...(r.max !== undefined ? { max: r.max } : {}),
        ...(r.unit ? { unit: r.unit } : {}),
        ...(r.approximate ? { approximate: true } : {}),
      });
      i = r.end - 1;
    }
    doc.quantities = out;
  },
};

/** A cheap first test, so the full reading runs on few tokens. */
function mayStartQuantity(t: Token): boolean {
  if (t.pos === 'NUM' || t.pos === 'SYM' || t.lemma === 'a') return true;
  return STARTING_WORDS.has(t.lower);
}

/** Words other than numbers that may open a quantity: counts ("dozens") and currency signs, one set for the test of every token. */
const STARTING_WORDS: ReadonlySet<string> = new Set([...APPROXIMATE_COUNTS.keys(), ...CURRENCY_SYMBOLS.keys()]);

/** A quantity starting at token `i`, or null. */
function readAt(tokens: readonly Token[], i: number): Reading | null {
  const sentence = tokens[i].sentence;
  const inSentence = (k: number) => k < tokens.length && tokens[k].sentence === sentence;
  const word = tokens[i].lower;

  // "dozens of troops", "hundreds of refugees"
  const count = APPROXIMATE_COUNTS.get(word);
  if (count !== undefined && inSentence(i + 1) && tokens[i + 1].lemma === 'of') {
    const noun = headNoun(tokens, i + 2, inSentence);
    if (!noun) return null;
    return { start: i, end: noun.end, value: count, noun: noun.text, approximate: true };
  }

  let k = i;
  const currency = CURRENCY_SYMBOLS.get(word);
  if (currency) k++;
  const num = numberAt(tokens, k, inSentence);
  if (!num) return null;
  let end = num.end;
  let max = num.max;
  // "20 to 30 people", "between 5,000 and 6,000 troops"
  if (max === undefined && inSentence(end) && RANGE_LINKS.has(tokens[end].lower)) {
    const upper = numberAt(tokens, end + 1, inSentence);
    if (upper && upper.value > num.value) {
      max = upper.value;
      end = upper.end;
    }
  }
  const start = approximatorStart(tokens, currency ? i : k, sentence);
  const approximate = start.approximate || undefined;
  if (currency) return { start: start.index, end, value: num.value, max, noun: currency, unit: currency, approximate };

  const next = inSentence(end) ? tokens[end] : null;
  const nextWord = next?.lower ?? '';
  if (
    next &&
    (PERCENT_WORDS.has(nextWord) || (nextWord === 'per' && inSentence(end + 1) && tokens[end + 1].lemma === 'cent'))
  ) {
    const last = nextWord === 'per' ? end + 2 : end + 1;
    return { start: start.index, end: last, value: num.value, max, noun: 'percent', unit: 'percent', approximate };
  }
  const currencyWord = next ? CURRENCY_WORDS.get(next.lemma) : undefined;
  if (currencyWord) {
    return {
      start: start.index,
      end: end + 1,
      value: num.value,
      max,
      noun: currencyWord,
      unit: currencyWord,
      approximate,
    };
  }
  const noun = headNoun(tokens, end, inSentence);
  if (!noun) return null;
  // "the 2015 winner", "a 2013 memo": a year used as a modifier, not a count of winners.
  if (YEAR_LIKE_RE.test(tokens[k].text) && end === k + 1 && tokens[noun.end - 1].lemma === noun.text) return null;
  const unit = UNIT_NOUNS.has(tokens[noun.end - 1].lemma) ? tokens[noun.end - 1].lemma : undefined;
  return { start: start.index, end: noun.end, value: num.value, max, noun: noun.text, unit, approximate };
}

/** A number at token `k`: numerals, number words and their scales ("2.5 billion", "forty-three"). */
function numberAt(tokens: readonly Token[], k: number, inSentence: (k: number) => boolean) {
  if (!inSentence(k) || tokens[k].pos !== 'NUM') {
    // "a dozen", "a hundred"
    if (
      inSentence(k + 1) &&
      tokens[k]?.lemma === 'a' &&
      (tokens[k + 1].lemma === 'dozen' || SCALES[tokens[k + 1].lemma] !== undefined) &&
      NUMBER_WORD_RE.test(tokens[k + 1].text)
    ) {
      return { end: k + 2, value: tokens[k + 1].lemma === 'dozen' ? 12 : SCALES[tokens[k + 1].lemma] };
    }
    return null;
  }
  const range = RANGE_TOKEN_RE.exec(tokens[k].text);
  if (range) return { end: k + 1, value: Number(range[1].replace(/,/g, '')), max: Number(range[2].replace(/,/g, '')) };
  if (tokenValue(tokens[k].text) === null && tokens[k].text !== '-') return null;
  const words: string[] = [];
  let e = k;
  while (inSentence(e) && (tokens[e].pos === 'NUM' || isScaleAfter(tokens, e, k) || isHyphenInWords(tokens, e))) {
    words.push(tokens[e].text);
    e++;
  }
  const value = runValue(words);
  return value === null ? null : { end: e, value, max: undefined as number | undefined };
}

/** "m", "bn", "k" right after a numeral ("1.5m", "$40 bn") scale it; written scales are NUM already. */
function isScaleAfter(tokens: readonly Token[], e: number, k: number): boolean {
  const w = tokens[e].lower;
  return e > k && SCALES[w] !== undefined && /\d$/.test(tokens[e - 1].text) && w !== 'b';
}

/** The hyphen in "forty-three". */
function isHyphenInWords(tokens: readonly Token[], e: number): boolean {
  return (
    tokens[e].text === '-' &&
    e > 0 &&
    e + 1 < tokens.length &&
    tokens[e - 1].pos === 'NUM' &&
    tokens[e + 1].pos === 'NUM' &&
    NUMBER_WORD_RE.test(tokens[e - 1].text) &&
    tokens[e - 1].span[1] === tokens[e].span[0]
  );
}

/** The noun a number counts: the last noun of the modifier run after it ("Russian troops"). */
function headNoun(tokens: readonly Token[], from: number, inSentence: (k: number) => boolean) {
  let last = -1;
  for (let k = from; inSentence(k) && k - from < MAX_MODIFIERS && MODIFIER_POS.has(tokens[k].pos); k++) {
    if (tokens[k].pos === 'NOUN') last = k;
    else if (last >= 0) break; // a name after the head starts something else
  }
  return last < 0 ? null : { end: last + 1, text: tokens[last].lower };
}

/** Extends a quantity back over "about", "more than", "up to", and says whether it is approximate. */
function approximatorStart(tokens: readonly Token[], k: number, sentence: number) {
  let s = k;
  let approximate = false;
  while (s > 0 && k - s < 3 && tokens[s - 1].sentence === sentence) {
    // "up to" is a bound; "to" alone belongs to the sentence ("rose to 5 percent").
    const upTo = tokens[s - 1].lower === 'to' && s > 1 && tokens[s - 2].lower === 'up';
    if (!upTo && !APPROXIMATORS.has(tokens[s - 1].lower)) break;
    s -= upTo ? 2 : 1;
    if (APPROXIMATE_HEADS.has(tokens[s].lower)) approximate = true;
  }
  // Keep only phrases that hold an approximating head: "to" or "at" alone belong to the sentence.
  return approximate || (s < k && tokens[s].lower === 'up')
    ? { index: s, approximate }
    : { index: k, approximate: false };
}
