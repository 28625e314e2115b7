// "the Pushtuns" and "the Wildcats" have one shape: a capitalised plural that is no demonym or
// group name, read as a people (NORP) by the tagger or by classify.ts's "the <plural>" guess.
// Sports coverage tells a team (ORG) apart by what only a team has: a win-loss record in brackets
// after its name ("the Wildcats (2-8, 0-7)") or a person's title right after it, the plural used
// as a modifier ("the Commodores coach"; a people takes its adjective: "the Kurdish leader").
// Where the article names teams after their homes ("the Pittsburgh Steelers") or shows one such
// team, every such plural is a team too.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { GROUP_NAMES, PERSON_TITLES } from './lexicon.js';
import { namedAfterPlace } from './classify.js';
import { demonymCountry } from '../../resources/gazetteer.js';

/** "(9-1", "(4-7, 3-4)", "(6-2-1)": a win-loss(-tie) record opening a bracket. */
const RECORD_AFTER = /^\s*\(\d{1,3}-\d{1,3}\b/;
/** How much text after a name the record is looked for in. */
const RECORD_REACH = 12;
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;

/** A one-word capitalised plural typed NORP that no list of peoples holds. */
const unlistedPeople = (m: Mention) =>
  m.type === 'NORP' &&
  m.cc === undefined &&
  CAPITALISED_PLURAL.test(m.text) &&
  !GROUP_NAMES.has(m.text.toLowerCase()) &&
  demonymCountry(m.text) === undefined;

function teamCue(doc: Doc, m: Mention): boolean {
  if (RECORD_AFTER.test(doc.text.slice(m.span[1], m.span[1] + RECORD_REACH))) return true;
  const next = doc.tokens[m.tok[1]];
  return next !== undefined && next.sentence === doc.tokens[m.tok[0]].sentence && PERSON_TITLES.has(next.text);
}

/** Retypes as teams (ORG) the peoples the document shows to be teams. */
export function teamsNotPeoples(doc: Doc, mentions: Mention[]): Mention[] {
  if (!mentions.some(unlistedPeople)) return mentions;
  const cued = new Set(mentions.filter((m) => unlistedPeople(m) && teamCue(doc, m)));
  const sports =
    cued.size > 0 || mentions.some((m) => m.home || (m.type === 'ORG' && namedAfterPlace(doc, m.tok[0], m.tok[1])));
  return mentions.map((m) =>
    cued.has(m) || (sports && unlistedPeople(m)) ? { ...m, type: 'ORG', guessed: false } : m,
  );
}
