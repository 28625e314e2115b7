// Names that hold a possessive: "the People's Daily", "the People's Liberation Army", "Westminster
// Magistrate's Court", "Queen's University". The tagger ends a name at the possessive and reads
// what follows alone ("Daily" as a person, "Liberation Army" cut, "Court" apart). Where the word
// before the possessive is an English noun for a kind of person or a group of people
// (models/possessor-nouns.txt, written from WordNet by scripts/build-possessor-nouns.mjs: "people",
// "magistrate", "child", "queen"; no institution's noun), capitalised, and a name follows, the two
// are one name: a person's or a company's possessive ("Smith's", "Apple's") is no such noun, or is
// a name the document reads alone or writes alone inside a sentence ("Amazon's Alexa" where
// "Amazon sells" is written too), or a person's ("Will Smith's").
import { hasNounOrSingular } from '../../../text/plural.js';
import { modelWordList } from '../../resources/model-lists.js';
import type { Doc } from '../../doc.js';
import { headType, newMention, type Mention } from './classify.js';
import { knownPlaces } from '../../resources/gazetteer.js';

const possessorNouns = modelWordList('possessor-nouns.txt');

export const POSSESSIVES: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** Whether a capitalised word is such a noun, or its plural ("Veterans", "Women", "Children"). */
function isPossessorNoun(word: string): boolean {
  if (!CAPITALISED.test(word)) return false;
  const low = word.toLowerCase();
  const nouns = possessorNouns();
  return (
    hasNounOrSingular(nouns, low) ||
    (low.endsWith('men') && nouns.has(low.slice(0, -3) + 'man')) ||
    (low.endsWith('ren') && nouns.has(low.slice(0, -3)))
  );
}

/** "St." or "Saint" spelled as a saint's title. */
const SAINT_TITLES: ReadonlySet<string> = new Set(['St.', 'St', 'Saint']);

/** Token index of the saint's title before a name ending at `name` (the name is one capitalised word), or -1. */
function saintAt(doc: Doc, name: number): number {
  const t = doc.tokens;
  return name >= 1 && SAINT_TITLES.has(t[name - 1].text) && CAPITALISED.test(t[name].text) ? name - 1 : -1;
}

/**
 * "St. Peter's Square", "Saint Mary's Hospital": a saint's name and its possessive before one
 * capitalised word that heads a place's, facility's or institution's name (classify.ts' head
 * words) are that one name, typed by its head word (the tagger reads "St. Peter" as the town and
 * "Square" alone). The mentions inside it go.
 */
export function joinSaintsPlaces(doc: Doc, mentions: Mention[]): Mention[] {
  const t = doc.tokens;
  const joined: Mention[] = [];
  for (let p = 2; p + 1 < t.length; p++) {
    if (!POSSESSIVES.has(t[p].text)) continue;
    const from = saintAt(doc, p - 1);
    const head = t[p + 1];
    if (from < 0 || !CAPITALISED.test(head.text) || head.sentence !== t[from].sentence) continue;
    const type = headType(head.lower);
    if (type === null || t[p].span[0] !== t[p - 1].span[1]) continue;
    // "St. Peter's Square Station": a longer name goes on; left to the tagger.
    const next = t[p + 2];
    if (next && next.sentence === head.sentence && CAPITALISED.test(next.text)) continue;
    const span: [number, number] = [t[from].span[0], head.span[1]];
    joined.push(newMention(type, span, [from, p + 2], doc.text.slice(span[0], span[1])));
  }
  if (joined.length === 0) return mentions;
  const inside = (m: Mention) => joined.some((j) => m.tok[0] < j.tok[1] && m.tok[1] > j.tok[0]);
  return [...mentions.filter((m) => !inside(m)), ...joined].sort(
    (a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1],
  );
}

/**
 * Joins a name after "<Noun>'s" with the noun (and with the name that ends in it, an
 * organisation's or a facility's: "Westminster Magistrate"): one mention, typed as the name after
 * it was unless that was a person (then an organisation: "the People's Daily").
 */
export function joinPossessiveNames(doc: Doc, mentions: Mention[]): Mention[] {
  const t = doc.tokens;
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) byEnd.set(m.tok[1], m);
  // Capitalised words the document writes without a possessive inside a sentence: names there. Not
  // a possessor noun right after a place's name, a post of that place ("the U.S. Attorney for the
  // Western District", "U.S. Attorney James Kennedy" beside "the U.S. Attorney's Office").
  let alone: Set<string> | undefined;
  const namedAlone = () => {
    if (alone) return alone;
    alone = new Set<string>();
    const placeEnds = new Set(mentions.filter((m) => m.type === 'GPE').map((m) => m.tok[1]));
    for (let i = 1; i < t.length; i++)
      if (
        t[i - 1].sentence === t[i].sentence &&
        !POSSESSIVES.has(t[i + 1]?.text ?? '') &&
        !(placeEnds.has(i) && isPossessorNoun(t[i].text))
      )
        alone.add(t[i].text);
    return alone;
  };
  const out = new Set(mentions);
  for (const after of mentions) {
    const p = after.tok[0] - 1;
    if (p < 1 || !out.has(after) || !POSSESSIVES.has(t[p].text)) continue;
    const noun = t[p - 1];
    if (!isPossessorNoun(noun.text) || namedAlone().has(noun.text) || noun.sentence !== t[after.tok[0]].sentence)
      continue;
    if (t[p].span[0] !== noun.span[1] || t[p].span[1] > t[after.tok[0]].span[0] - 1) continue;
    const before = byEnd.get(p);
    // The noun read alone as a name is one ("Amazon's Alexa": the company, though "amazon" is a noun).
    if (before && (!out.has(before) || before.tok[0] === p - 1)) continue;
    if (before && before.type !== 'ORG' && before.type !== 'FAC' && before.type !== null) continue;
    // A possessive noun inside another mention (a person's "Smith" of "Will Smith") is none.
    if (!before && mentions.some((m) => m.tok[0] < p && m.tok[1] >= p)) continue;
    const from = before ? before.tok[0] : p - 1;
    const span: [number, number] = [t[from].span[0], after.span[1]];
    const joined = newMention(
      after.type === 'PERSON' || after.type === 'NORP' || after.type === null ? 'ORG' : after.type,
      span,
      [from, after.tok[1]],
      doc.text.slice(span[0], span[1]),
    );
    if (before) out.delete(before);
    out.delete(after);
    out.add(joined);
  }
  if (out.size === mentions.length && mentions.every((m) => out.has(m))) return mentions;
  return [...out].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
}

/**
 * The mention of the place before the post that ends at token `p - 1`: the place's own (GPE,
 * ending before the post) or one the tagger ran through the post ("[U.S. Attorney]", ORG) whose
 * words before the post are a place the gazetteer knows.
 */
function placeBeforePost(doc: Doc, byEnd: ReadonlyMap<number, Mention>, p: number): Mention | undefined {
  const place = byEnd.get(p - 1);
  if (place?.type === 'GPE') return place;
  const run = byEnd.get(p);
  if (!run || (run.type !== 'ORG' && run.type !== 'GPE') || run.tok[1] - run.tok[0] < 2) return undefined;
  const t = doc.tokens;
  return knownPlaces(doc.text.slice(run.span[0], t[p - 2].span[1])).length > 0 ? run : undefined;
}

/** Words that join an office's name to the area it serves ("for the Western District of New York"). */
const REMIT_WORDS: ReadonlySet<string> = new Set(['for', 'of']);

/**
 * "the [U.S.] Attorney’s Office for the Western District of New York": a place, a post of it ("U.S.
 * Attorney", "Cook County Sheriff": a possessor noun, capitalised) and its possessive before an
 * organisation's head word (classify.ts' head words: "Office", "Department") are one organisation,
 * with the name of the area it serves after "for" or "of" when that is a mention. The tagger ends
 * the place at the post and leaves the office out, so the place stood for the whole name. Where the
 * tagger read the office as a name, joinPossessiveNames joins it instead.
 */
export function joinPlacesOffices(doc: Doc, mentions: Mention[]): Mention[] {
  const t = doc.tokens;
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) {
    byStart.set(m.tok[0], m);
    byEnd.set(m.tok[1], m);
  }
  const joined: Mention[] = [];
  for (let p = 2; p + 1 < t.length; p++) {
    if (!POSSESSIVES.has(t[p].text)) continue;
    const place = placeBeforePost(doc, byEnd, p);
    const head = t[p + 1];
    if (!place || !CAPITALISED.test(head.text) || headType(head.lower) !== 'ORG') continue;
    if (!isPossessorNoun(t[p - 1].text) || t[p].span[0] !== t[p - 1].span[1]) continue;
    if (head.sentence !== t[place.tok[0]].sentence || mentions.some((m) => m.tok[0] <= p + 1 && m.tok[1] > p + 1))
      continue;
    // "... Office for the Western District of New York": the area it serves, when a mention names it.
    let to = p + 2;
    if (to < t.length && REMIT_WORDS.has(t[to].text)) {
      const start = t[to + 1]?.lower === 'the' ? to + 2 : to + 1;
      const remit = byStart.get(start);
      if (remit && remit.type !== 'PERSON' && t[start].sentence === head.sentence) to = remit.tok[1];
    }
    const span: [number, number] = [place.span[0], t[to - 1].span[1]];
    joined.push(newMention('ORG', span, [place.tok[0], to], doc.text.slice(span[0], span[1])));
  }
  if (joined.length === 0) return mentions;
  const inside = (m: Mention) => joined.some((j) => m.tok[0] >= j.tok[0] && m.tok[1] <= j.tok[1]);
  return [...mentions.filter((m) => !inside(m)), ...joined].sort(
    (a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1],
  );
}
