// An acronym the text spells out in lower-case words is an abbreviated common noun, not a name:
// "hypersensitivity pneumonitis (HP)", "Binge eating disorder (BED)", "heating, ventilation and
// air conditioning (HVAC)". A name's expansion is capitalised ("Human Landing System (HLS)"). Such
// an acronym is no organisation anywhere in the document.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { isCapitalised } from '../../../text/letters.js';

const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Words an expansion may hold that the acronym skips ("of", "and"). */
const SKIPPED: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', '&', ',', '-']);

/** Whether the words before "(X)" spell X by their initials, all lower-case but a sentence's first. */
function spelledInLowerCase(doc: Doc, m: Mention): boolean {
  const t = doc.tokens;
  const [from, to] = m.tok;
  if (to - from !== 1 || t[from - 1]?.text !== '(' || t[to]?.text !== ')') return false;
  const letters = m.text.toLowerCase();
  let need = letters.length;
  let k = from - 2;
  const sentence = t[from].sentence;
  const first = doc.sentences[sentence].tokens[0];
  for (; k >= first && need > 0; k--) {
    const w = t[k].text;
    if (SKIPPED.has(w.toLowerCase()) && need < letters.length) continue;
    if (!/^\p{L}/u.test(w) || w[0].toLowerCase() !== letters[need - 1]) return false;
    if (isCapitalised(w) && k !== first) return false;
    need--;
  }
  return need === 0;
}

/** Drops the ORG mentions of acronyms the document spells out as common nouns. */
export function dropCommonAcronyms(doc: Doc, mentions: Mention[]): Mention[] {
  const common = new Set(mentions.filter((m) => ACRONYM.test(m.text) && spelledInLowerCase(doc, m)).map((m) => m.text));
  if (common.size === 0) return mentions;
  return mentions.filter((m) => !(m.type === 'ORG' && common.has(m.text)));
}
