// What a company has, or does, and a person has not or does not, said of a name right after it:
// its officers, holders and founders ("Expercom's chief executive", "WeWork CEO Adam Neumann",
// "Apple's shareholders"), its analysts right after it ("Jefferies analyst"), its subsidiaries and head office ("Wyze headquarters"), its stock ("Wyze
// shares rose"), or a verb WordNet glosses as a company's doing ("Expercom downsized"). The words
// come from WordNet 3.1 (models/corporate-cues.txt, written by scripts/build-corporate-cues.mjs),
// one "<kind> <lemma>" a line, multi-word lemmas with underscores.
import type { Doc } from '../../doc.js';
import { modelWordList } from '../../resources/model-lists.js';

const cueLines = modelWordList('corporate-cues.txt');

interface Cues {
  /** Nouns read after the name or its possessive, by their words joined with "_" (singular). */
  nouns: ReadonlySet<string>;
  /**
   * Nouns read only right after the name, not after its possessive: a firm's analysts ("Jefferies
   * analyst"); "Freud's analyst" is a psychoanalyst.
   */
  direct: ReadonlySet<string>;
  /** Most words of a noun cue. */
  longest: number;
  verbs: ReadonlySet<string>;
  /** Nouns for a company as a class, read right before its name ("financial firm JP Morgan"). */
  firms: ReadonlySet<string>;
  /** Most words of a class noun ("real estate investment trust"). */
  longestFirm: number;
  /** One-word officers, founders and holders of a company (kind "role": "ceo", "cofounder"). */
  roles: ReadonlySet<string>;
}

let cues: Cues | null = null;
function readCues(): Cues {
  if (cues) return cues;
  const nouns = new Set<string>();
  const verbs = new Set<string>();
  const direct = new Set<string>();
  const firms = new Set<string>();
  const roles = new Set<string>();
  let longest = 1;
  let longestFirm = 1;
  for (const line of cueLines()) {
    const [kind, lemma] = line.split(' ');
    if (kind === 'verb') {
      verbs.add(lemma);
      continue;
    }
    if (kind === 'firm') {
      firms.add(lemma);
      longestFirm = Math.max(longestFirm, lemma.split('_').length);
      continue;
    }
    if (kind === 'role' && !lemma.includes('_')) roles.add(lemma);
    (kind === 'analyst' ? direct : nouns).add(lemma);
    longest = Math.max(longest, lemma.split('_').length);
    // A title is written without its "officer" ("Expercom's chief executive").
    if (kind === 'role' && lemma.endsWith('_officer') && lemma.includes('_'))
      nouns.add(lemma.slice(0, -'_officer'.length));
  }
  return (cues = { nouns, direct, verbs, longest, firms, longestFirm, roles });
}

const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s']);

/** A word of a cue as listed: lower case, no hyphen ("co-founder" is WordNet's "cofounder"). */
const cueWord = (text: string) => text.toLowerCase().replace(/-/g, '');

/**
 * Whether the tokens from `k` in the sentence start with a noun cue (its last word may be plural:
 * "shareholders", "shares") or, right after the name, are a cue verb ("downsized") or an analyst.
 */
export function companyCueAt(doc: Doc, k: number, sentence: number, afterPossessive: boolean): boolean {
  const t = doc.tokens;
  const { nouns, direct, verbs, longest } = readCues();
  const listed = (words: string) => nouns.has(words) || (!afterPossessive && direct.has(words));
  if (k >= t.length || t[k].sentence !== sentence) return false;
  if (!afterPossessive && t[k].pos === 'VERB' && verbs.has(t[k].lemma)) return true;
  let words = '';
  for (let i = k; i < k + longest && i < t.length && t[i].sentence === sentence; i++) {
    // A cue is written in lower case (or is an acronym: "CEO"), never as a name's capitalised words.
    if (t[i].text !== t[i].lower && !/^\p{Lu}{2,4}s?$/u.test(t[i].text)) return false;
    const w = cueWord(t[i].text);
    words = words ? `${words}_${w}` : w;
    if (listed(words) || (words.endsWith('s') && listed(words.slice(0, -1)))) return true;
  }
  return false;
}

/** Whether a word (lower case) is a one-word officer, founder or holder of a company ("ceo", "co-founder"). */
export const companyRoleWord = (word: string): boolean => readCues().roles.has(cueWord(word));

/** Whether a cue follows the mention ending at token `to`, directly or after its possessive. */
export function companyCueAfter(doc: Doc, from: number, to: number): boolean {
  const t = doc.tokens;
  const sentence = t[from].sentence;
  const possessive = to < t.length && POSSESSIVE_MARKS.has(t[to].text);
  return companyCueAt(doc, possessive ? to + 1 : to, sentence, possessive);
}

/**
 * Whether the words right before the token `from`, in its sentence, are a noun for a company as a
 * class, in lower case, its last word a noun, with or without a determiner before it ("Global
 * financial firm [JP Morgan] had called", "the law firm [Kirkland]", "carmaker [Renault]"). Such
 * a noun is no title: a person after it is no company's ("the firm's founder John Smith" ends in
 * "founder", none of these).
 */
export function companyClassBefore(doc: Doc, from: number): boolean {
  const t = doc.tokens;
  const sentence = t[from]?.sentence;
  const last = t[from - 1];
  if (!last || last.sentence !== sentence || last.pos !== 'NOUN') return false;
  const { firms, longestFirm } = readCues();
  let words = '';
  for (let i = from - 1; i >= 0 && i >= from - longestFirm && t[i].sentence === sentence; i--) {
    if (t[i].text !== t[i].lower) return false;
    words = words ? `${cueWord(t[i].text)}_${words}` : cueWord(t[i].text);
    if (firms.has(words)) return true;
  }
  return false;
}
