// Splits a sentence's tokens into clauses, the scope of modality cues and of roles. Two levels:
//   clause     separated by ; : quotes, ", and/but/or", and subordinators such as "while",
//              "although", "because" — a negation or a modal never reaches across these;
//   complement a clause further split at complementisers and relative pronouns ("that", "which",
//              "who"), the scope of negation and of the subject search.
import type { Token } from '../../doc.js';

/** Tokens that end a clause and start a new one. */
const CLAUSE_BREAKS = new Set([';', ':', '“', '”', '"', '—', '–', '(', ')']);
/** Words that open a new clause wherever they stand. */
const SUBORDINATORS = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'meanwhile', 'however']);
/** Coordinators that open a new clause after a comma (", and troops withdrew"). */
const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'so']);
/** Complementisers and relative pronouns: a new complement inside the same clause. */
const COMPLEMENTISERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);

/** Temporal connectives: a new clause when a verb follows soon ("after rockets were fired"), a preposition otherwise ("after the meeting"). */
const TEMPORAL = new Set(['after', 'before', 'when', 'until', 'once', 'as']);
/** Tokens after a temporal connective within which a verb makes it a clause. */
const FINITE_REACH = 4;

function opensFiniteClause(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + FINITE_REACH && j < tokens.length; j++) {
    if (tokens[j].text === ',') return false;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return true;
  }
  return false;
}

/** Words a quoted stretch may have and still be a quoted term, not quoted speech ("the “interim” government"). */
const SCARE_QUOTE_WORDS = 3;
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '"']);
const CLOSING_QUOTES = new Set(['”', '"']);

/** Indexes of quote marks around a short term inside a sentence: they do not break its clause. */
function scareQuotes(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    if (!OPENING_QUOTES.has(tokens[i].text)) continue;
    for (let j = i + 2; j <= i + SCARE_QUOTE_WORDS + 1 && j < tokens.length; j++) {
      if (tokens[j].text === ',' || tokens[j].text === '.') break;
      if (CLOSING_QUOTES.has(tokens[j].text)) {
        out.add(i).add(j);
        break;
      }
    }
  }
  return out;
}

/** Tags of the words of a verb group that need the verb after them: an auxiliary, a negation, "to". */
const VERB_GROUP_TAGS = new Set(['AUX', 'PART']);

/**
 * Indexes of the quote marks around a quoted fragment that continues the clause from inside its
 * verb group ("they weren't “asking for the moon.”", "vowed to “crush the rebellion”"): the
 * opening mark right after an auxiliary, a negation or "to", and the first closing mark after it.
 * The fragment is part of the clause, so a negation or modal before it bears on it.
 */
function fragmentQuotes(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    if (!OPENING_QUOTES.has(tokens[i].text) || !VERB_GROUP_TAGS.has(tokens[i - 1].pos)) continue;
    for (let j = i + 1; j < tokens.length; j++)
      if (CLOSING_QUOTES.has(tokens[j].text)) {
        out.add(i).add(j);
        break;
      }
  }
  return out;
}

/** A hyphen with spaces on both sides stands for a dash ("The Authority - which ... - called for"), not inside a word. */
function spacedHyphen(tokens: readonly Token[], i: number): boolean {
  const [before, t, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return t.text === '-' && !!before && !!after && before.span[1] < t.span[0] && t.span[1] < after.span[0];
}

/** Tags of a word that can start a subject. */
const SUBJECT_TAGS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM']);

export interface Segmentation {
  /** Per token of the sentence (index relative to its first token): clause number. */
  clause: number[];
  /** Per token: complement number (unique in the sentence, increasing). */
  complement: number[];
}

/** Clause and complement numbers for the tokens of one sentence. */
export function segment(tokens: readonly Token[]): Segmentation {
  const clause: number[] = [];
  const complement: number[] = [];
  let c = 0;
  let k = 0;
  const scare = scareQuotes(tokens);
  for (const i of fragmentQuotes(tokens)) scare.add(i);
  tokens.forEach((t, i) => {
    const w = t.lower;
    const prev = i > 0 ? tokens[i - 1].text : '';
    const opens =
      (CLAUSE_BREAKS.has(t.text) && i > 0 && !scare.has(i)) ||
      spacedHyphen(tokens, i) ||
      SUBORDINATORS.has(w) ||
      (COORDINATORS.has(w) && prev === ',') ||
      (TEMPORAL.has(w) && opensFiniteClause(tokens, i));
    // "that" opens a complement when tagged SCONJ or when a subject follows it ("the possibility
    // that they ..."), not as a pronoun ("do that,").
    const complementiser =
      w === 'that'
        ? t.pos === 'SCONJ' || SUBJECT_TAGS.has(tokens[i + 1]?.pos ?? '')
        : COMPLEMENTISERS.has(w) && t.pos !== 'DET';
    if (opens) {
      c++;
      k++;
    } else if (complementiser) k++;
    clause.push(c);
    complement.push(k);
  });
  return { clause, complement };
}
