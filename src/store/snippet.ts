// The passage shown with a search hit: a window of words around the query's matches, matched
// words wrapped in [ ] (a phrase as one bracket). Built here, in one pass over the words, because
// FTS5's snippet() costs time quadratic in the matches in a document: a hostile page of 20,000
// copies of "the" took seven seconds per hit.
import type { QueryTerm } from './query-text.js';
import { foldText } from '../text/fold.js';

/** Words in a snippet. */
export const SNIPPET_WORDS = 24;
/** Matches looked at when choosing the window: enough to find the densest part of any real page. */
const MAX_MATCHES = 1_000;
/**
 * Words read from the start of the text: a long article is a few thousand. A match further on
 * (in a huge text, or one matched only by its title) gives the opening words as the snippet.
 */
const MAX_WORDS_SCANNED = 100_000;
const ELLIPSIS = '…';
const TRAILING_PUNCTUATION = /^[^\s\p{L}\p{N}\p{M}]*/u;

/** Word characters as the full-text index sees them: letters, digits, combining marks. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The form words are compared in: folded to lower-case base letters, as the index folds them ("Łódź" -> "lodz"). */
export function foldWord(word: string): string {
  return foldText(word);
}

interface Token {
  start: number;
  end: number;
}
interface Match {
  first: number;
  last: number;
  term: number;
}

/** A term as a sequence of folded words; a prefix term's last word matches any word it starts. */
interface Pattern {
  words: string[];
  prefix: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * The folded forms of a text's words, read where they are compared. A word of ASCII letters and
 * digits folds to its lower case, so it is compared in place in the lower-cased text, without
 * folding it or copying it out (most words of most texts: folding each word cost about half of a
 * snippet's time); others are folded one by one, when first compared.
 */
class FoldedWords {
  /** The text lower-cased, when its offsets are the text's (lower-casing lengthens only a few letters: "İ"). */
  private readonly lower: string | null;
  /** Where the text's non-ASCII characters are, ascending; words are asked about in order. */
  private readonly nonAscii: number[] = [];
  private nextNonAscii = 0;
  private readonly folded = new Map<number, string>();

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {
    const lower = text.toLowerCase();
    this.lower = lower.length === text.length ? lower : null;
    NON_ASCII.lastIndex = 0;
    for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) this.nonAscii.push(m.index);
  }

  /** Whether token i's folded form is `wanted` (or, for a prefix, starts with it). */
  matches(i: number, wanted: string, prefix: boolean): boolean {
    const { start, end } = this.tokens[i];
    if (this.lower !== null && this.isAscii(start, end)) {
      const length = end - start;
      return (length === wanted.length || (prefix && length > wanted.length)) && this.lower.startsWith(wanted, start);
    }
    let word = this.folded.get(i);
    if (word === undefined) this.folded.set(i, (word = foldWord(this.text.slice(start, end))));
    return word === wanted || (prefix && word.startsWith(wanted));
  }

  /** Whether no non-ASCII character lies in [start, end). Asked for ascending tokens mostly: the scan resumes. */
  private isAscii(start: number, end: number): boolean {
    const at = this.nonAscii;
    if (this.nextNonAscii > 0 && at[this.nextNonAscii - 1] >= start) this.nextNonAscii = 0;
    while (this.nextNonAscii < at.length && at[this.nextNonAscii] < start) this.nextNonAscii++;
    return this.nextNonAscii >= at.length || at[this.nextNonAscii] >= end;
  }
}

export function snippet(text: string, terms: readonly QueryTerm[], size = SNIPPET_WORDS): string {
  const patterns: Pattern[] = terms
    .map((t) => ({ words: (t.text.match(WORD) ?? []).map(foldWord), prefix: t.prefix }))
    .filter((p) => p.words.length > 0);
  const tokens: Token[] = [];
  const matches: Match[] = [];
  const words = new FoldedWords(text, tokens);
  for (const m of text.matchAll(WORD)) {
    tokens.push({ start: m.index, end: m.index + m[0].length });
    collectMatches(tokens.length - 1, words, patterns, matches);
    if (matches.length >= MAX_MATCHES || tokens.length >= MAX_WORDS_SCANNED) break;
  }
  if (tokens.length === 0) return '';
  const [from, to] = bestWindow(matches, size, tokens.length);
  return render(text, tokens, matches, from, to);
}

/** Matches ending at token `last`: a pattern whose words are the last tokens read. */
function collectMatches(last: number, words: FoldedWords, patterns: Pattern[], out: Match[]): void {
  for (let term = 0; term < patterns.length; term++) {
    const p = patterns[term];
    const n = p.words.length;
    const first = last - n + 1;
    if (first < 0) continue;
    let all = true;
    for (let k = 0; k < n && all; k++) all = words.matches(first + k, p.words[k], p.prefix && k === n - 1);
    if (all) out.push({ first, last, term });
  }
}

/** The window of `size` tokens holding the most distinct terms (then the most matches), centred on them. */
function bestWindow(matches: Match[], size: number, count: number): [number, number] {
  if (matches.length === 0) return [0, Math.min(size, count)];
  let best = { distinct: 0, matches: 0, first: 0, last: 0 };
  const inWindow = new Map<number, number>();
  let lo = 0;
  for (let hi = 0; hi < matches.length; hi++) {
    inWindow.set(matches[hi].term, (inWindow.get(matches[hi].term) ?? 0) + 1);
    while (matches[hi].last - matches[lo].first >= size) {
      const n = inWindow.get(matches[lo].term)! - 1;
      if (n === 0) inWindow.delete(matches[lo].term);
      else inWindow.set(matches[lo].term, n);
      lo++;
    }
    const here = { distinct: inWindow.size, matches: hi - lo + 1, first: matches[lo].first, last: matches[hi].last };
    if (here.distinct > best.distinct || (here.distinct === best.distinct && here.matches > best.matches)) best = here;
  }
  const spare = Math.max(0, size - (best.last - best.first + 1));
  const from = Math.max(0, Math.min(best.first - Math.floor(spare / 2), count - size));
  return [from, Math.min(count, from + size)];
}

function render(text: string, tokens: Token[], matches: Match[], from: number, to: number): string {
  const opening = new Map<number, Match>();
  for (const m of matches) if (m.first >= from && m.last < to && !opening.has(m.first)) opening.set(m.first, m);
  let out = from > 0 ? ELLIPSIS : '';
  let at = tokens[from].start;
  let close = -1;
  for (let i = from; i < to; i++) {
    out += text.slice(at, tokens[i].start);
    const m = close < 0 ? opening.get(i) : undefined;
    if (m) {
      out += '[';
      close = m.last;
    }
    out += text.slice(tokens[i].start, tokens[i].end);
    at = tokens[i].end;
    if (i === close) {
      out += ']';
      close = -1;
    }
  }
  // The punctuation closing the last word ("Zürich." keeps its full stop), then … when words follow.
  out += TRAILING_PUNCTUATION.exec(text.slice(at, at + 16))![0];
  return wordsAfter(text, at) ? out + ELLIPSIS : out;
}

/** Whether any word follows position `at`. */
function wordsAfter(text: string, at: number): boolean {
  const next = new RegExp(WORD.source, 'gu');
  next.lastIndex = at;
  return next.test(text);
}
