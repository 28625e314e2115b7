// "Pittsburgh center Maurkice Pouncey", "the Pittsburgh quarterback": sports coverage names a team
// by its town, and the tagger reads the town as an organisation; the audits' convention (as
// OntoNotes files a team named by its place) types it GPE. What tells the team is the kind of
// athlete written right after the town's name, as a modifier: a noun one of whose WordNet senses is
// a kind of athlete (models/athlete-nouns.txt, written by scripts/build-athlete-nouns.mjs from
// WordNet 3.1: "quarterback", "center", "linebacker", "goalkeeper"), itself not the first word of a
// compound ("the Pittsburgh back office"). Only a name the gazetteer knows as a place is read, and
// then every mention of that name the tagger typed an organisation in the document is the team.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { modelWordList } from '../../resources/model-lists.js';
import { lookupPlaces, knownPlaces } from '../../resources/gazetteer.js';

const athleteNouns = modelWordList('athlete-nouns.txt');

/** Whether an organisation mention is a known place's name written right before a kind of athlete. */
function beforeAthlete(doc: Doc, m: Mention): boolean {
  if (m.type !== 'ORG' || m.home) return false;
  const t = doc.tokens;
  const noun = t[m.tok[1]];
  if (!noun || noun.sentence !== t[m.tok[1] - 1].sentence || noun.text !== noun.lower) return false;
  if (doc.text.slice(m.span[1], noun.span[0]) !== ' ') return false;
  if (noun.pos !== 'NOUN' || !(athleteNouns().has(noun.lower) || athleteNouns().has(noun.lemma))) return false;
  const after = t[m.tok[1] + 1];
  if (after && after.sentence === noun.sentence && after.pos === 'NOUN') return false;
  // The gazetteer last: most organisations fail the cheap tests on the tokens first.
  return knownPlaces(m.text).length > 0;
}

/** Retypes as GPE the towns' names the document shows to be teams named by their place. */
export function teamsByPlace(doc: Doc, mentions: Mention[]): Mention[] {
  const teams = new Set(mentions.filter((m) => beforeAthlete(doc, m)).map((m) => m.text));
  if (teams.size === 0) return mentions;
  return mentions.map((m) => {
    if (m.type !== 'ORG' || m.home || !teams.has(m.text)) return m;
    const places = m.places?.length ? m.places : lookupPlaces(m.text);
    return { ...m, type: 'GPE', places, cc: places.find((p) => p.kind === 'country')?.cc };
  });
}
