// "between the [International Tennis Federation and Kosmos]": the tagger may read two
// organisations joined by "and" as one. The name runs already end a name at an "and" after an
// organisation's head word ("Apple Inc and Alphabet Inc", runs.ts); so here for the tagger's spans.
import type { Doc } from '../../doc.js';
import type { TaggedSpan } from './model/tagger.js';
import type { FounderTaggedSpan } from './founder-names.js';
import { ORG_CUES } from './lexicon.js';
import { isLexiconWord } from '../tokens.js';
import { isCapitalised } from '../../../text/letters.js';
import { isCompanyDesignator } from './company-designators.js';

/** Where the part after the "and" at `k` ends: the next "and" or "&", or `to`. */
function partEnd(doc: Doc, k: number, to: number): number {
  let end = k + 1;
  while (end < to && doc.tokens[end].text !== 'and' && doc.tokens[end].text !== '&') end++;
  return end;
}

/**
 * "the [British Library] and [Columbia University]": after a name of two words or more, a part
 * that is an organisation's name by itself, a word no dictionary holds (a name, not "Trust" of
 * "Bank and Trust Company") and then an organisation's head word at its end.
 */
function namedOrganisationAfter(doc: Doc, from: number, k: number, to: number): boolean {
  const t = doc.tokens;
  const end = partEnd(doc, k, to);
  const first = t[k + 1].text;
  return (
    k - from >= 2 &&
    end - k - 1 >= 2 &&
    first.length >= 2 &&
    isCapitalised(first) &&
    !isLexiconWord(first) &&
    ORG_CUES.has(t[end - 1].lower)
  );
}

/**
 * "the [Office of University Relations] and [Division of Student Affairs]": both parts open with
 * an organisation's head word and "of", two offices.
 */
const officesOfBoth = (doc: Doc, from: number, k: number): boolean => {
  const t = doc.tokens;
  return (
    ORG_CUES.has(t[from].lower) && t[from + 1].text === 'of' && ORG_CUES.has(t[k + 1].lower) && t[k + 2]?.text === 'of'
  );
};

/**
 * Splits a tagged organisation at an "and" or "&" right after an organisation's head word
 * ("Federation", "Inc") and before a capitalised word that is no dictionary word: two
 * organisations. A dictionary word after it continues one name ("Bank and Trust Company"), unless
 * both sides end in a company's legal form ("Apple Inc and Alphabet Inc"). So where the part after
 * the "and" names an organisation by itself or both parts open "<head> of" (see above).
 */
export function splitOrganisationPairs(doc: Doc, tagged: readonly TaggedSpan[]): FounderTaggedSpan[] {
  const t = doc.tokens;
  const out: FounderTaggedSpan[] = [];
  for (const span of tagged) {
    if (span.type !== 'ORG') {
      out.push(span);
      continue;
    }
    let from = span.tok[0];
    const to = span.tok[1];
    let whole = false;
    const endsInLegalForm = isCompanyDesignator(t[to - 1].text);
    for (let k = from + 1; k < to - 1; k++) {
      const joiner = t[k].text;
      if (joiner !== 'and' && joiner !== '&') continue;
      const next = t[k + 1].text;
      const twoCompanies = endsInLegalForm && isCompanyDesignator(t[k - 1].text);
      const afterCue = ORG_CUES.has(t[k - 1].lower) && isCapitalised(next) && (!isLexiconWord(next) || twoCompanies);
      if (afterCue) out.push({ tok: [from, k], type: 'ORG' });
      else if (namedOrganisationAfter(doc, from, k, to) || officesOfBoth(doc, from, k)) {
        // Each part is a whole name: the capitalised run across the "and" does not join them again.
        out.push({ tok: [from, k], type: 'ORG', joined: true });
        whole = true;
      } else continue;
      from = k + 1;
    }
    if (from === span.tok[0]) out.push(span);
    else out.push(whole ? { tok: [from, to], type: 'ORG', joined: true } : { tok: [from, to], type: 'ORG' });
  }
  return out;
}
