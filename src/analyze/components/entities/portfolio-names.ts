// "The Minister of Foreign [Affairs] said", "Minister for Foreign [Affairs Anita Rao]": the tagger
// reads the last word of a post's portfolio as a person's name, or as the start of the holder's.
// After "<office> of" or "<office> for" (OFFICE_HOLDERS: "Minister", "Secretary", written in
// capitals as in a title) and up to three capitalised dictionary words, a person mention's
// opening dictionary words are the portfolio: the mention keeps its words from the first given
// name on, or goes. A word named as part of another person in the document is a surname and stays
// ("Minister for Culture Smith" after "Jane Smith").
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { OFFICE_HOLDERS } from './post-titles.js';
import { personWords } from './consistency.js';
import { isLexiconWord } from '../tokens.js';
import { isCapitalised } from '../../../text/letters.js';
import { isGivenName } from '../../../text/given-names.js';

/** Capitalised dictionary words of a portfolio before the mention ("Foreign" of "Foreign Affairs"). */
const MAX_PORTFOLIO_WORDS_BEFORE = 3;

/** Whether the mention follows "<Office> of|for" and up to three capitalised dictionary words. */
function afterPortfolioOpening(doc: Doc, m: Mention): boolean {
  const t = doc.tokens;
  const sentence = t[m.tok[0]].sentence;
  let k = m.tok[0] - 1;
  for (let n = 0; n < MAX_PORTFOLIO_WORDS_BEFORE && k >= 0 && isCapitalised(t[k].text) && isLexiconWord(t[k].text); n++)
    k--;
  const link = t[k];
  const office = t[k - 1];
  return (
    !!link &&
    !!office &&
    office.sentence === sentence &&
    (link.lower === 'of' || link.lower === 'for') &&
    isCapitalised(office.text) &&
    OFFICE_HOLDERS.has(office.lower)
  );
}

/** Trims or drops the person mentions that open with a post's portfolio (see above). */
export function dropPortfolioNames(doc: Doc, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.title || !afterPortfolioOpening(doc, m)) {
      out.push(m);
      continue;
    }
    const t = doc.tokens;
    let g = m.tok[0];
    while (g < m.tok[1] && !isGivenName(t[g].lower)) g++;
    const opening = t.slice(m.tok[0], g).map((x) => x.text);
    const surnames = personWords(mentions.filter((x) => x !== m));
    if (g === m.tok[0] || !opening.every((w) => isLexiconWord(w) && !surnames.has(w))) {
      out.push(m);
      continue;
    }
    if (g === m.tok[1]) continue;
    const span: [number, number] = [t[g].span[0], m.span[1]];
    out.push({ ...m, span, tok: [g, m.tok[1]], text: doc.text.slice(span[0], span[1]) });
  }
  return out;
}
