// "The World Health Organisation (WHO) recommends ... WHO say ...": an organisation's name followed
// by its initials in parentheses introduces the acronym as that organisation's short name, and a
// document that does so keeps the acronym an organisation in all its mentions (one name, one
// type), though the tagger read the bare capitals as nothing (a pronoun's letters, "WHO") or as
// something else. The initials must spell the capitalised words of the name ("Undergraduate
// Student Government (U.S.G.)"; the small words "of", "and", "the", "for" may be skipped or
// counted), so a person's or a place's parenthesised note ("Lincoln (Neb.)") gives nothing. A
// mention in a sentence written all in capitals (a headline, a shouted line) is not added.
import type { Doc, Token } from '../../doc.js';
import { newMention, type Mention } from './classify.js';

/** Two to six capitals, optionally each followed by a dot ("WHO", "U.S.G."). */
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
/** Words of a name its acronym may skip or count. */
const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', '&']);

/** Whether `letters` spells the initials of `words`, each small word skipped or counted. */
function spells(words: readonly string[], letters: string): boolean {
  const walk = (w: number, l: number): boolean => {
    if (w === words.length) return l === letters.length;
    const word = words[w];
    const small = SMALL_WORDS.has(word.toLowerCase());
    if (small && walk(w + 1, l)) return true;
    if (!small && !/^\p{Lu}/u.test(word)) return false;
    return l < letters.length && word[0].toUpperCase() === letters[l] && walk(w + 1, l + 1);
  };
  return walk(0, 0);
}

/** Whether the token sits in a sentence with no lower-case letter (a headline or a shouted line). */
function inCapitalsSentence(doc: Doc, tok: Token): boolean {
  const s = doc.sentences[tok.sentence];
  for (let k = s.tokens[0]; k < s.tokens[1]; k++) if (/\p{Ll}/u.test(doc.tokens[k].text)) return false;
  return true;
}

/** The acronyms the document introduces in parentheses after an organisation's name. */
function introducedAcronyms(doc: Doc, mentions: readonly Mention[]): Set<string> {
  const t = doc.tokens;
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.tok[1] - m.tok[0] < 2) continue;
    const at = m.tok[1];
    if (t[at]?.text !== '(' || t[at + 2]?.text !== ')' || !ACRONYM.test(t[at + 1].text)) continue;
    const letters = t[at + 1].text.replace(/\./g, '');
    const words: string[] = [];
    for (let k = m.tok[0]; k < m.tok[1]; k++) words.push(t[k].text);
    if (spells(words, letters)) out.add(t[at + 1].text);
  }
  return out;
}

/**
 * Every mention of an acronym the document introduces after an organisation's name is that
 * organisation: untagged ones are added, others retyped ORG (see the file comment).
 */
export function organisationAcronyms(doc: Doc, mentions: Mention[]): Mention[] {
  const acronyms = introducedAcronyms(doc, mentions);
  if (acronyms.size === 0) return mentions;
  const t = doc.tokens;
  const covered = new Uint8Array(t.length);
  const out = mentions.map((m) => {
    covered.fill(1, m.tok[0], m.tok[1]);
    if (m.type === 'ORG' || m.tok[1] - m.tok[0] !== 1 || !acronyms.has(m.text)) return m;
    return { ...m, type: 'ORG' as const, places: undefined, cc: undefined, guessed: false, weak: false };
  });
  for (let k = 0; k < t.length; k++)
    if (!covered[k] && acronyms.has(t[k].text) && !inCapitalsSentence(doc, t[k]))
      out.push(newMention('ORG', [t[k].span[0], t[k].span[1]], [k, k + 1], t[k].text));
  return out.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
}
