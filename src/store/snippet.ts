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
  folded: string;
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

export function snippet(text: string, terms: readonly QueryTerm[], size = SNIPPET_WORDS): string {
  const patterns: Pattern[] = terms
    .map((t) => ({ words: (t.text.match(WORD) ?? []).map(foldWord), prefix: t.prefix }))
    .filter((p) => p.words.length > 0);
  const tokens: Token[] = [];
  const matches: Match[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, folded: foldWord(m[0]) });
    collectMatches(tokens, patterns, matches);
    if (matches.length >= MAX_MATCHES || tokens.length >= MAX_WORDS_SCANNED) break;
  }
  if (tokens.length === 0) return '';
  const [from, to] = bestWindow(matches, size, tokens.length);
  return render(text, tokens, matches, from, to);
}

/** Matches ending at the newest token: a pattern whose words are the last tokens read. */
function collectMatches(tokens: Token[], patterns: Pattern[], out: Match[]): void {
  const last = tokens.length - 1;
  patterns.forEach((p, term) => {
    const first = last - p.words.length + 1;
    if (first < 0) return;
    for (let k = 0; k < p.words.length; k++) {
      const word = tokens[first + k].folded;
      const wanted = p.words[k];
      const final = k === p.words.length - 1;
      if (!(word === wanted || (final && p.prefix && word.startsWith(wanted)))) return;
    }
    out.push({ first, last, term });
  });
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
