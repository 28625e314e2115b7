// CONSULT words that name no consultation between parties: a visit to a hospital (a medical
// visit, not a meeting) and a call that is the offence someone is arrested or charged for (a
// threatening or harassing call), both read as meetings on real pages (round 8); a visit to a
// building or a facility ("visited the factory") and a host with no guest ("will host the Spurs",
// "hosts the show", "hosts car manufacturers"), rounds 20-22.
import type { Doc, Token } from '../../doc.js';
import type { Candidate } from './filters.js';
import { modelWordList } from '../../resources/model-lists.js';
import { isGivenName } from '../../../text/given-names.js';
import { roleNouns } from '../entities/role-words.js';
import { demonymCountry } from '../../resources/gazetteer.js';
import { isCapitalised } from '../../../text/letters.js';

/** Nouns of meetings, talks and delegations (WordNet 3.1, models/meeting-nouns.txt). */
const meetingNouns = modelWordList('meeting-nouns.txt');
/** Nouns whose first sense is a structure or a facility, none a body of people (WordNet 3.1, models/site-nouns.txt). */
const siteNouns = modelWordList('site-nouns.txt');

/** Nouns of places of medical care (general vocabulary). */
const MEDICAL_PLACES = new Set(['hospital', 'hospitals', 'clinic', 'clinics', 'infirmary', 'hospice', 'medical']);
/** Tokens after a visit searched for the place visited. */
const VISITED_REACH = 6;
/** Verbs of arresting, charging and punishing whose "for"/"over" phrase names an offence. */
const PUNISHING = new Set(['arrest', 'charge', 'convict', 'jail', 'sentence', 'indict', 'detain', 'prosecute', 'fine']);
/** Tokens between a punishing verb and its "for", and between "for" and the trigger. */
const GROUNDS_REACH = 4;
const NOUN_PHRASE_TAGS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'PART']);

/** Whether a CONSULT candidate is a medical visit or a call punished as an offence. */
export function isNotConsultation(doc: Doc, tokens: readonly Token[], c: Candidate): boolean {
  if (c.type !== 'CONSULT') return false;
  const lemma = tokens[c.start].lemma.toLowerCase();
  if (lemma === 'visit')
    return isMedicalVisit(doc, tokens, c.end) || isSiteVisit(tokens, c.start, c.end) || isNamedFeatureVisit(tokens, c);
  if (lemma === 'call') return isPunishedFor(tokens, c.start);
  if (lemma === 'host') return !hasGuest(tokens, c.start, c.end);
  if (lemma === 'meet') return isDebateMeeting(tokens, c.end);
  return false;
}

/** Prepositions of the place or the occasion where rivals meet ("on the debate stage", "in a debate"). */
const OCCASION_PREPOSITIONS = new Set(['on', 'in', 'at', 'for']);
/** Tags inside the occasion's noun phrase; a participle modifies ("a televised debate"). */
const OCCASION_PHRASE_TAGS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'VERB']);
/** Words of the occasion's phrase looked at after the preposition. */
const OCCASION_WINDOW = 4;

/**
 * "The candidates meet on the debate stage", "will meet in a televised debate": rivals who meet in a
 * debate (WordNet 3.1 debate.n.1, "the formal presentation of and opposition to a stated
 * proposition") argue before an audience; they do not confer (PLOVER's CONSULT: meetings and
 * talks "to talk something over"). The noun only: "met to debate the budget" is a meeting.
 */
function isDebateMeeting(tokens: readonly Token[], end: number): boolean {
  if (!OCCASION_PREPOSITIONS.has(tokens[end]?.lower ?? '')) return false;
  const last = end + 1 + OCCASION_WINDOW;
  for (let j = end + 1; j < last && tokens[j] && OCCASION_PHRASE_TAGS.has(tokens[j].pos); j++) {
    if (tokens[j].lemma === 'debate' && tokens[j].pos === 'NOUN') return true;
  }
  return false;
}

/** Tags of the words a noun phrase may open with before its head: "the", "two", "old". */
const OPENER_TAGS = new Set(['DET', 'NUM', 'ADJ']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);
const CLITICS = new Set(["'s", '’s', "'", '’']);
/** Pronouns that stand for the people a host receives. */
const GUEST_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

/**
 * The noun phrase from token `from`: the index of its first word after openers and possessors
 * ("the city's old [prison]", "Russia's [defence minister]") and of its head, the last noun of the
 * run; null when no noun follows.
 */
function nounPhraseAt(tokens: readonly Token[], from: number): { first: number; head: number } | null {
  let j = from;
  for (;;) {
    while (tokens[j] && (OPENER_TAGS.has(tokens[j].pos) || POSSESSIVE_PRONOUNS.has(tokens[j].lower))) j++;
    if (!tokens[j] || !NOUN_TAGS.has(tokens[j].pos)) return null;
    let head = j;
    while (tokens[head + 1] && NOUN_TAGS.has(tokens[head + 1].pos)) head++;
    // A possessor ("the city's", "Russia's"): the phrase goes on after its clitic.
    if (tokens[head + 1] && CLITICS.has(tokens[head + 1].lower)) {
      j = head + 2;
      continue;
    }
    return { first: j, head };
  }
}

/** Whether a noun names a meeting or a person (its lemma or its word in the WordNet lists). */
const isMeetingOrPerson = (t: Token): boolean =>
  [t.lemma.toLowerCase(), t.lower].some((w) => meetingNouns().has(w) || roleNouns().has(w));

/**
 * Whether the host ending before `end` receives someone: a person ("Russia's defence minister",
 * "Vladimir Putin", "him"), a named party written without an article ("host Xi", "hosted Russia";
 * a team is "the Spurs"), or a meeting ("peace talks", "the summit", "a delegation"), after it or,
 * in a passive, before it ("the talks hosted by Norway", "a delegation was hosted by").
 */
function hasGuest(tokens: readonly Token[], start: number, end: number): boolean {
  if (GUEST_PRONOUNS.has(tokens[end]?.lower ?? '')) return true;
  const np = nounPhraseAt(tokens, end);
  if (np) {
    const head = tokens[np.head];
    if (isMeetingOrPerson(head)) return true;
    const first = tokens[np.first];
    if (first.pos === 'PROPN' && isGivenName(first.lower)) return true;
    if (head.pos === 'PROPN' && np.first === end) return true;
  }
  // A passive names its host after "by"; what is hosted stands before it.
  if (tokens[end]?.lower !== 'by') return false;
  let k = start - 1;
  while (tokens[k] && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV')) k--;
  return !!tokens[k] && NOUN_TAGS.has(tokens[k].pos) && isMeetingOrPerson(tokens[k]);
}

/**
 * "visited the factory", "a visit to the city's old prison": what is visited is a building or a
 * facility, a place with no party in it to consult ("visited France", "a visit to the capital"
 * stay visits between parties).
 */
function isSiteVisit(tokens: readonly Token[], start: number, end: number): boolean {
  const nominal = NOUN_TAGS.has(tokens[start].pos);
  if (nominal && tokens[end]?.lower !== 'to') return false;
  const np = nounPhraseAt(tokens, nominal ? end + 1 : end);
  if (!np) return false;
  const head = tokens[np.head];
  return siteNouns().has(head.lemma.toLowerCase()) || siteNouns().has(head.lower);
}

/**
 * "visited the Gush Etzion settlement bloc", "visited the U.S.-Mexico border", "toured the Rio Grande
 * valley": what a verb of visiting takes is a common noun that a name modifies, a part or a feature
 * of a named place (a border, a valley, a bloc), with no party in it to host the visitor. A named
 * place itself ("visited Kabul", "visited the Kremlin", "visiting the Oval Office"), a place described by an adjective ("the
 * Chinese capital"), a person, a body or a meeting, or a feature "of" someone ("the Tehran office
 * of the agency") stay visits. The verb only: "a visit to the border" may be a delegation's.
 */
function isNamedFeatureVisit(tokens: readonly Token[], c: Candidate): boolean {
  if (c.nominal || c.end - c.start !== 1) return false;
  let j = c.end;
  while (tokens[j] && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ')) j++;
  const first = j;
  // The compound's words; a hyphen joins names ("the U.S.-Mexico border").
  while (tokens[j] && (NOUN_TAGS.has(tokens[j].pos) || (HYPHENS.has(tokens[j].text) && j > first))) j++;
  const head = tokens[j - 1];
  // A capitalised head is the name's own word ("the Oval Office"), a named place that hosts.
  if (j - 1 <= first || head.pos !== 'NOUN' || isCapitalised(head.text) || isMeetingOrPerson(head)) return false;
  if (tokens[j]?.lower === 'of' || CLITICS.has(tokens[j]?.lower ?? '')) return false;
  // A name among the modifiers that is not a people's adjective ("the Chinese capital").
  return tokens.slice(first, j - 1).some((t) => t.pos === 'PROPN' && demonymCountry(t.text) === undefined);
}
const HYPHENS = new Set(['-', '–']);

/**
 * "a visit to the military hospital", "his visit to Walter Reed" where the story calls it "Walter
 * Reed hospital": the place after the visit is one of medical care.
 */
function isMedicalVisit(doc: Doc, tokens: readonly Token[], end: number): boolean {
  let name = '';
  for (let i = end; i < Math.min(tokens.length, end + VISITED_REACH); i++) {
    const t = tokens[i];
    if (MEDICAL_PLACES.has(t.lower)) return true;
    if (t.pos === 'PROPN') name = name ? `${name} ${t.text}` : t.text;
    else if (name) break;
    else if (t.text === ',' || t.pos === 'VERB') return false;
  }
  if (!name) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}\\s+(?:${[...MEDICAL_PLACES].join('|')})\\b`, 'i').test(doc.text);
}

/** "arrested in April for a March 21 phone call he made": the call is the grounds of an arrest. */
function isPunishedFor(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= GROUNDS_REACH + 1 && NOUN_PHRASE_TAGS.has(tokens[i].pos)) i--;
  const w = tokens[i]?.lower;
  if (w !== 'for' && w !== 'over') return false;
  return tokens.slice(Math.max(0, i - GROUNDS_REACH), i).some((t) => PUNISHING.has(t.lemma.toLowerCase()));
}
