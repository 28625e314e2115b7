// An acronym the text spells out in lower-case words is an abbreviated common noun, not a name:
// "hypersensitivity pneumonitis (HP)", "Binge eating disorder (BED)", "heating, ventilation and
// air conditioning (HVAC)". A name's expansion is capitalised ("Human Landing System (HLS)"). Such
// an acronym is no organisation anywhere in the document.
// So is an acronym that abbreviates a common noun in general usage, spelled out or not ("GDP",
// "SUV", "DNA", "CPU", "IPO", "CEO"): models/common-acronyms.txt, written from WordNet by
// scripts/build-common-acronyms.mjs (capitalised noun forms none of whose senses is a proper
// name, an organisation, a group or a place), read once, on first use. Where the document quotes
// it as a source ("according to AFP", "ABC reported"), it names a body after all, and stays.
import { modelWordList } from '../../resources/model-lists.js';
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { isCapitalised } from '../../../text/letters.js';

const commonAcronyms = modelWordList('common-acronyms.txt');

/** Words after a news source ("ABC reported", "PBS says"). */
const SOURCE_AFTER: ReadonlySet<string> = new Set(['said', 'says', 'reported', 'reports', 'reporting', 'quoted']);

/** Whether the mention is quoted as a source: after "according to" or "told", before a reporting verb. */
function quotedAsSource(doc: Doc, m: Mention): boolean {
  const t = doc.tokens;
  const [from, to] = m.tok;
  const before = t[from - 1]?.text.toLowerCase();
  if (before === 'told' || (before === 'to' && t[from - 2]?.text.toLowerCase() === 'according')) return true;
  return SOURCE_AFTER.has(t[to]?.text.toLowerCase() ?? '');
}

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

/**
 * Drops the ORG mentions of acronyms the document spells out as common nouns, and every mention of
 * one word that is a common noun's acronym in general usage, unless a mention of it is quoted as a
 * source.
 */
export function dropCommonAcronyms(doc: Doc, mentions: Mention[]): Mention[] {
  const common = new Set(mentions.filter((m) => ACRONYM.test(m.text) && spelledInLowerCase(doc, m)).map((m) => m.text));
  const general = new Set<string>();
  const sources = new Set<string>();
  for (const m of mentions) {
    if (m.tok[1] - m.tok[0] !== 1 || !commonAcronyms().has(m.text)) continue;
    general.add(m.text);
    if (quotedAsSource(doc, m)) sources.add(m.text);
  }
  if (common.size === 0 && general.size === 0) return mentions;
  return mentions.filter(
    (m) =>
      !(m.type === 'ORG' && common.has(m.text)) &&
      !(m.tok[1] - m.tok[0] === 1 && general.has(m.text) && !sources.has(m.text)),
  );
}

/** An acronym in capitals with English's plural "s": "MPs", "NGOs", "CEOs", "AMAs". */
const PLURAL_ACRONYM = /^\p{Lu}{2,6}s$/u;

/**
 * Drops the one-word mentions of acronyms in the plural. A name is singular: the plural of an
 * acronym counts members of a kind ("MPs", "NGOs", "CEOs") or is an event's short name ("the
 * AMAs", "the VMAs", awards shows), never a people, a body, a person or a place; the tagger, which
 * reads a capitalised plural as a people ("Democrats"), typed them NORP. A body's acronym that ends
 * in S is written in capitals throughout ("CBS", "UPS").
 */
export function dropPluralAcronyms(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => m.tok[1] - m.tok[0] !== 1 || !PLURAL_ACRONYM.test(doc.tokens[m.tok[0]].text));
}

/** A small count, not a year: "1", "12", "250". */
const COUNT = /^\d{1,3}$/;
/** Words before a count that make it a rank ("No. 2 LSU", "#4 UCLA"): a ranked team is a name. */
const RANK_MARKS: ReadonlySet<string> = new Set(['no', 'no.', '#']);
/** What ends a figure in a list of them: the list's comma or the sentence's end. */
const FIGURE_ENDS: ReadonlySet<string> = new Set([',', '.', ';']);

/** Whether the one-word mention at `from` is a figure's unit: "1 TFL," "2 INT." */
function countedAt(doc: Doc, from: number): boolean {
  const t = doc.tokens;
  const sentence = t[from].sentence;
  const count = t[from - 1];
  if (!count || count.sentence !== sentence || !COUNT.test(count.text)) return false;
  const before = t[from - 2];
  if (before && before.sentence === sentence && RANK_MARKS.has(before.lower)) return false;
  const after = t[from + 1];
  return !after || after.sentence !== sentence || FIGURE_ENDS.has(after.text);
}

/**
 * Drops an acronym every mention of which is a count's unit in a list of figures ("1 sack, 2 TFL,
 * 1 INT, 4 passes defended": a statistic's abbreviation, tackles for loss and interceptions), a
 * small number right before it and a comma or the sentence's end right after. A body's acronym
 * after a number is followed by what it counts ("3 NATO allies", "2 NFL teams") or is written
 * elsewhere with no count before it, and a ranked team has its rank's mark ("No. 2 LSU,").
 */
export function dropCountedAcronyms(doc: Doc, mentions: Mention[]): Mention[] {
  const counted = new Map<string, boolean>();
  for (const m of mentions) {
    if (m.tok[1] - m.tok[0] !== 1 || !ACRONYM.test(m.text)) continue;
    counted.set(m.text, (counted.get(m.text) ?? true) && countedAt(doc, m.tok[0]));
  }
  if (![...counted.values()].some(Boolean)) return mentions;
  return mentions.filter((m) => m.tok[1] - m.tok[0] !== 1 || counted.get(m.text) !== true);
}
