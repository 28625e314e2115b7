// Document-level typing of lone capitalised words: a word is the surname of a person named in
// full elsewhere, a place known to the gazetteer, a speaker, or nothing. Also finds nominal
// person mentions ("the Kremlin leader", "the Russian president").
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { NOMINAL_HEADS } from './lexicon.js';
import { isCapitalised } from '../../../text/letters.js';

/** A lone word naming a town this populous is a place even without a preposition before it. */
const MIN_BARE_TOWN_POPULATION = 50_000;
/** ... and one this populous is a place even at the start of a sentence. */
const MIN_SENTENCE_INITIAL_TOWN_POPULATION = 200_000;
/** Most words between "the" and a nominal head ("the [Kremlin] leader", "the [White House] spokesman"). */
const MAX_NOMINAL_MODIFIER_WORDS = 2;

export interface Nominal {
  span: [number, number];
  /** The modifier as written: "Kremlin", "Russian". */
  modifier: string;
  head: string;
}

/** The size of the largest place a word may name: countries and first-level regions count as any size. */
const maxPop = (m: Mention) =>
  (m.places ?? []).reduce((a, p) => Math.max(a, p.kind === 'city' || p.kind === 'admin2' ? p.pop : Infinity), 0);

/** What the document says about one lone word, over all its undecided mentions. */
interface Evidence {
  pop: number;
  weakOnly: boolean;
  locative: boolean;
  afterThe: boolean;
  feature: boolean;
  speaker: boolean;
}

function gather(mentions: readonly Mention[]): Map<string, Evidence> {
  const out = new Map<string, Evidence>();
  mentions.forEach((m, i) => {
    if (m.type !== null) return;
    const next = mentions[i + 1];
    const e = out.get(m.text) ?? {
      pop: maxPop(m),
      weakOnly: true,
      locative: false,
      afterThe: false,
      feature: false,
      speaker: false,
    };
    e.weakOnly &&= !!m.weak;
    // "Pandi, Bulacan": a town named just before its region is located like one after "in".
    e.locative ||= !!m.locative || (next?.type === 'GPE' && next.span[0] - m.span[1] <= 2);
    e.afterThe ||= !!m.afterThe && !m.weak;
    e.feature ||= !!m.feature;
    e.speaker ||= !!m.speaker;
    out.set(m.text, e);
  });
  return out;
}

function typeOf(e: Evidence): Mention['type'] {
  if (e.pop >= (e.weakOnly ? MIN_SENTENCE_INITIAL_TOWN_POPULATION : MIN_BARE_TOWN_POPULATION)) return 'GPE';
  if (e.pop > 0 && e.locative) return 'GPE';
  if (e.afterThe) return e.feature ? 'LOC' : 'ORG';
  if (e.speaker) return 'PERSON';
  return null;
}

/**
 * Gives every undecided mention a type, or drops it. A lone word gets one type per document: the
 * surname of a person named in full, the type it has elsewhere, or the type its evidence supports.
 */
export function decide(mentions: Mention[]): Mention[] {
  const known = new Map<string, Mention['type']>();
  const personParts = new Set<string>();
  for (const m of mentions) if (m.type !== null && !m.guessed) known.set(m.text, m.type);
  for (const m of mentions) {
    // "the Chargers" is no one person, whatever the tagger made of "Chargers" elsewhere.
    if (m.guessed && known.has(m.text) && !(m.type === 'NORP' && known.get(m.text) === 'PERSON'))
      m.type = known.get(m.text)!;
    if (m.type === 'PERSON') for (const part of m.text.split(' ')) if (isCapitalised(part)) personParts.add(part);
  }
  const evidence = gather(mentions);
  const decided = new Map<string, Mention['type']>();
  for (const [text, e] of evidence)
    decided.set(text, personParts.has(text) ? 'PERSON' : (known.get(text) ?? typeOf(e)));
  const out: Mention[] = [];
  for (const m of mentions) {
    const type = m.type ?? decided.get(m.text) ?? null;
    if (type !== null) out.push(type === m.type ? m : { ...m, type });
  }
  return out;
}

/** "the <Capitalised or demonym modifier> <leader|president|...>": a person described by role and affiliation. */
export function findNominals(doc: Doc): Nominal[] {
  const { tokens } = doc;
  const out: Nominal[] = [];
  for (let h = 2; h < tokens.length; h++) {
    const head = tokens[h];
    if (head.pos !== 'NOUN' || !NOMINAL_HEADS.has(head.text)) continue;
    let d = h - 1;
    while (
      d >= 0 &&
      h - d <= MAX_NOMINAL_MODIFIER_WORDS &&
      isCapitalised(tokens[d].text) &&
      tokens[d].text.toLowerCase() !== 'the' &&
      tokens[d].sentence === head.sentence
    )
      d--;
    if (d < 0 || tokens[d].text.toLowerCase() !== 'the' || tokens[d].sentence !== head.sentence) continue;
    out.push({
      span: [tokens[d].span[0], head.span[1]],
      // "the president" has no modifier: only a person titled so may take it.
      modifier: d === h - 1 ? '' : doc.text.slice(tokens[d + 1].span[0], tokens[h - 1].span[1]),
      head: head.text,
    });
  }
  return out;
}
