// "between the [International Tennis Federation and Kosmos]": the tagger may read two
// organisations joined by "and" as one. The name runs already end a name at an "and" after an
// organisation's head word ("Apple Inc and Alphabet Inc", runs.ts); so here for the tagger's spans.
import type { Doc } from '../../doc.js';
import type { TaggedSpan } from './model/tagger.js';
import { ORG_CUES } from './lexicon.js';
import { isLexiconWord } from '../tokens.js';
import { isCapitalised } from '../../../text/letters.js';
import { isCompanyDesignator } from './company-designators.js';

/**
 * Splits a tagged organisation at an "and" or "&" right after an organisation's head word
 * ("Federation", "Inc") and before a capitalised word that is no dictionary word: two
 * organisations. A dictionary word after it continues one name ("Bank and Trust Company"), unless
 * both sides end in a company's legal form ("Apple Inc and Alphabet Inc").
 */
export function splitOrganisationPairs(doc: Doc, tagged: readonly TaggedSpan[]): TaggedSpan[] {
  const t = doc.tokens;
  const out: TaggedSpan[] = [];
  for (const span of tagged) {
    if (span.type !== 'ORG') {
      out.push(span);
      continue;
    }
    let from = span.tok[0];
    const to = span.tok[1];
    const endsInLegalForm = isCompanyDesignator(t[to - 1].text);
    for (let k = from + 1; k < to - 1; k++) {
      const joiner = t[k].text;
      if (joiner !== 'and' && joiner !== '&') continue;
      const next = t[k + 1].text;
      const twoCompanies = endsInLegalForm && isCompanyDesignator(t[k - 1].text);
      if (!ORG_CUES.has(t[k - 1].lower) || !isCapitalised(next) || (isLexiconWord(next) && !twoCompanies)) continue;
      out.push({ tok: [from, k], type: 'ORG' });
      from = k + 1;
    }
    out.push(from === span.tok[0] ? span : { tok: [from, to], type: 'ORG' });
  }
  return out;
}
