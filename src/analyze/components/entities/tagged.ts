// Mentions from the learned tagger's spans. The tagger decides where names are and their type;
// the rules of classify.ts still do what the model was not trained to do (GUM spans carry no
// titles or affiliations): peel a title off a person's name, record affiliations, add the places
// nested in an organisation's name, and look places up. Where the rules know better than the
// model (measured on GUM dev, see docs/models.md), their type wins: a demonym is NORP, a country
// or first-level region's name is GPE, a capitalised word after "the" is no person.
import type { Doc } from '../../doc.js';
import { lookupPlaces } from '../../resources/gazetteer.js';
import { classifyRun, nestedPlaces, newMention, type Mention } from './classify.js';
import { isCommonPlural } from './common-nouns.js';
import { COMPANY_HEADS, FAC_CUES, LOC_CUES, ORG_CUES, PERSON_TITLES, VENUE_HEADS } from './lexicon.js';
import { isGivenName } from '../../../text/given-names.js';
import type { TaggedSpan } from './model/tagger.js';
import { institutionType } from './institution-heads.js';
import { isStreetName } from './street-heads.js';
import { noPlaceByLastWord } from './named-after-places.js';
import type { Run } from './runs.js';
import { isLexiconWord } from '../tokens.js';
import { packedMap } from '../../packed-map.js';

/** Whether the rules' type of a whole-span mention beats the model's (see the file comment). */
function ruleWins(doc: Doc, m: Mention, model: TaggedSpan): boolean {
  if (m.type === 'NORP' && m.cc) return true;
  if (m.home) return true;
  // "raped 17-year-old Virginia Giuffre": a given name and then words neither the dictionary nor
  // the gazetteer knows are a person's name the rules read, whatever place the model took the
  // given name for (its gazetteer features fire on "Virginia").
  if ((model.type === 'GPE' || model.type === 'LOC') && m.type === 'PERSON' && givenNameThenSurname(doc, m))
    return true;
  // "Broadhead Co.", "Walt Disney Co.": a name ending in an institution's or a facility's head
  // word is no person, whatever the tagger read in its first words; nor a town when the head is a
  // company's or a building's ("Sierra Nevada Corp.", "PPL Center"). Not "Soviet Union", "West
  // Bank": their heads also end names of places.
  if (m.headCue && model.type === 'PERSON') return true;
  // "Aberdeen Royal Infirmary": a name ending in a noun WordNet knows first as an institution or a
  // building is no place, unless the gazetteer knows the whole name.
  if ((model.type === 'GPE' || model.type === 'LOC') && institutionType(m)) return true;
  // "resides at 2134 Caldwell Place": a name ending in a noun WordNet knows as a street's or a
  // square's is that street, unless the gazetteer knows the whole name (street-heads.ts).
  if ((model.type === 'GPE' || model.type === 'LOC') && isStreetName(m)) return true;
  // "Coral Sky Amphitheatre": a venue named after its sponsor is a building, not the sponsor.
  if (m.headCue && m.type === 'FAC' && model.type === 'ORG' && VENUE_HEADS.has(lastWord(m.text))) return true;
  // "plays the PPL Center": a centre the tagger read as an organisation, used as a venue.
  if (model.type === 'ORG' && centreUse(doc, m) === 'FAC') return true;
  if (m.headCue && model.type === 'GPE') {
    const head = lastWord(m.text);
    return m.type === 'FAC' || COMPANY_HEADS.has(head) || BUILDING_HEADS.has(head);
  }
  if (
    (m.type === 'GPE' || m.type === 'LOC') &&
    m.places?.some((p) => p.kind === 'country' || p.kind === 'admin1' || p.kind === 'region')
  )
    return true;
  // "over the Panj", "the Danube ports": "the X" beside a river-like cue is a physical feature.
  if (m.feature) return true;
  // "the Taliban", "the Danube": no person's name follows "the" (GUM types groups as persons).
  // But a person's full name does, as a modifier of the common noun after it ("the Tom Brady era").
  return model.type === 'PERSON' && !!m.afterThe && m.type !== 'PERSON' && !personBeforeNoun(doc, m);
}

/**
 * Whether a name of two or more capitalised words opened by a given name the lists know, with no
 * title's word or place's, facility's or body's head, not ending in a common noun's plural, unknown to the gazetteer as a whole,
 * stands before a lower-case common noun of its sentence that it modifies ("the Marcus Reading
 * era", "the Alice Winning fans").
 */
function personBeforeNoun(doc: Doc, m: Mention): boolean {
  const [from, to] = m.tok;
  if (to - from < 2) return false;
  const words = doc.tokens.slice(from, to);
  if (!isGivenName(words[0].lower) || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text))) return false;
  if (words.some((w) => NOT_PERSON_WORDS.some((list) => list.has(w.lower)))) return false;
  // A common noun's plural ends a firm's or a band's name ("the Harlan Brothers staff"), not a
  // surname's ("the Serena Williams era").
  const last = words[words.length - 1].lower;
  if (last.endsWith('s') && isLexiconWord(last.slice(0, -1))) return false;
  const next = doc.tokens[to];
  if (!next || next.sentence !== words[0].sentence || next.pos !== 'NOUN' || next.text !== next.lower) return false;
  return lookupPlaces(m.text).length === 0;
}

/**
 * ORG cues that, after a name the tagger read as a place, head a building: "PPL Center", "Staples
 * Center" are arenas (FAC), as are most centres named after a sponsor or a town.
 */
const BUILDING_HEADS: ReadonlySet<string> = new Set(['center', 'centre']);

/** The rules' type when it wins; a lone word after "the" they left undecided is an institution or a feature. */
const ruleType = (doc: Doc, m: Mention, model: TaggedSpan): Mention['type'] => {
  const institution = model.type === 'GPE' || model.type === 'LOC' ? institutionType(m) : undefined;
  if (institution) return institution;
  if ((model.type === 'GPE' || model.type === 'LOC') && isStreetName(m)) return 'FAC';
  if (
    m.type === 'ORG' &&
    m.headCue &&
    (model.type === 'GPE' || model.type === 'ORG') &&
    BUILDING_HEADS.has(lastWord(m.text))
  )
    return centreUse(doc, m) ?? (model.type === 'GPE' ? 'FAC' : 'ORG');
  return m.type ?? (m.feature ? 'LOC' : 'ORG');
};

/**
 * Verbs whose object, right after them or after "at"/"in", is a venue: a band or a team "plays the
 * PPL Center", "performed at the Xfinity Center", "sold out Staples Center".
 */
const VENUE_VERBS: ReadonlySet<string> = new Set([
  'play',
  'plays',
  'played',
  'playing',
  'perform',
  'performs',
  'performed',
  'performing',
  'headline',
  'headlines',
  'headlined',
  'headlining',
]);

/** Events held at a venue: "a concert at the PPL Center", "Friday's game at Staples Center". */
const VENUE_EVENTS: ReadonlySet<string> = new Set([
  'concert',
  'concerts',
  'show',
  'shows',
  'gig',
  'gigs',
  'game',
  'games',
  'match',
  'matches',
  'performance',
  'performances',
  'fight',
  'bout',
]);

/** Roles of people at an institution: "a fellow at the Wilson Center", "researchers at the Carter Center". */
const MEMBER_ROLES: ReadonlySet<string> = new Set([
  'fellow',
  'fellows',
  'researcher',
  'researchers',
  'scientist',
  'scientists',
  'analyst',
  'analysts',
  'scholar',
  'scholars',
  'economist',
  'economists',
  'expert',
  'experts',
  'staff',
]);

/**
 * How its sentence uses a "<Name> Center" the rules read as an organisation (its head being an
 * ORG cue): as a venue, the object of a performance verb ("plays the PPL Center", "performed at
 * the X Center") or the place of an event ("a concert at the X Center"), it is a building (FAC);
 * followed by its remit, a name ("Center for the Performing Arts", "Center for Disease Control"),
 * as the author of a work ("a survey by the Pew Research Center") or as the employer of its
 * researchers ("a fellow at the Wilson Center"), it is an institution (ORG). Undefined when the
 * sentence says neither: the tagger's reading stands (a place read of a centre makes it FAC).
 */
function centreUse(doc: Doc, m: Mention): 'FAC' | 'ORG' | undefined {
  if (m.type !== 'ORG' || !m.headCue || !BUILDING_HEADS.has(lastWord(m.text))) return undefined;
  const [from, to] = m.tok;
  const sentence = doc.tokens[from].sentence;
  const word = (i: number) =>
    i >= 0 && i < doc.tokens.length && doc.tokens[i].sentence === sentence ? doc.tokens[i].text.toLowerCase() : '';
  // Its remit is a name: "Center for Disease Control", "Center for the Performing Arts" (not
  // "shipped to the Stennis Space Center for testing").
  const remit = word(to + 1) === 'the' ? to + 2 : to + 1;
  if ((word(to) === 'for' || word(to) === 'of') && word(remit) !== '' && /^\p{Lu}/u.test(doc.tokens[remit].text))
    return 'ORG';
  let i = from - 1;
  if (word(i) === 'the') i--;
  if (VENUE_VERBS.has(word(i))) return 'FAC';
  if (word(i) === 'by') return 'ORG';
  if (word(i) !== 'at' && word(i) !== 'in') return undefined;
  const before = word(i - 1);
  if (VENUE_VERBS.has(before) || VENUE_EVENTS.has(before)) return 'FAC';
  if (word(i) === 'at' && (MEMBER_ROLES.has(before) || PERSON_TITLES.has(before))) return 'ORG';
  return undefined;
}

const lastWord = (text: string) => text.slice(text.lastIndexOf(' ') + 1).toLowerCase();

/**
 * Prepositions after which a lone word the gazetteer knows as a town reads as that town ("its air
 * base at Kant", "clashes near Osh"). Not "to", "from" or "into", which take people as often
 * ("a letter to Mills", "a quote from Kant").
 */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'around',
  'throughout',
  'across',
  'via',
  'toward',
  'towards',
]);
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/**
 * Whether the model's person is a lone word the rules left undecided that the gazetteer knows as a
 * town and that follows a place preposition, not as a possessive ("in Kant's view"). GUM, the
 * tagger's training text, has almost no lone small towns after such prepositions and many
 * surnames that some town bears, so the model reads these as people; the document-level pass
 * (decide.ts) settles them: a person named in full or typed a person elsewhere stays one,
 * otherwise the preposition makes it a place.
 */
function townAfterPreposition(doc: Doc, m: Mention, model: TaggedSpan): boolean {
  if (model.type !== 'PERSON' || m.type !== null || !m.places?.length) return false;
  const [from, to] = m.tok;
  if (to - from !== 1 || from === 0) return false;
  const before = doc.tokens[from - 1];
  const after = doc.tokens[to];
  return (
    before.sentence === doc.tokens[from].sentence &&
    PLACE_PREPOSITIONS.has(before.text.toLowerCase()) &&
    !(after && POSSESSIVE.has(after.text))
  );
}

export function taggedMentions(doc: Doc, span: TaggedSpan, run: Run): Mention[] {
  const ruled = classifyRun(doc, run);
  const whole = ruled.find((m) => m.tok[0] === span.tok[0] && m.tok[1] === span.tok[1]);
  // In a headline in title case capitals prove nothing: a name needs the rules' support ("Putin
  // Commits to Military Build Up"). At a sentence's start the model decides alone: requiring
  // the rules there too measured worse on GUM dev (pipeline F1 0.669 -> 0.679 without it; the
  // plural-noun check below still keeps "Officials said" out).
  if (run.titleCase && (ruled.length === 0 || (whole?.type === null && whole.weak))) return ruled;
  // "Officials", "Critics": a plural common noun (wink's lexicon) is no name wherever it stands.
  if (
    ruled.length === 0 &&
    span.tok[1] - span.tok[0] === 1 &&
    isCommonPlural(doc.tokens[span.tok[0]].text.toLowerCase())
  )
    return ruled;
  if (whole && townAfterPreposition(doc, whole, span)) return ruled;
  const m = whole ?? base(doc, span);
  const located = span.type === 'GPE' || span.type === 'LOC';
  const places = located && !m.places?.length ? lookupPlaces(m.text) : m.places;
  // The rules split a name the gazetteer knows whole ("Democratic Republic of Congo"), or a person
  // whose given name is a country's ("Chad Wolf"): the model's span stands.
  const person = !whole && givenNamePlace(doc, span, ruled, places);
  // "the Sacramento Bee": named after its town, not the town; "[Customs and] Border Protection":
  // no place's name ends so, typed as the tagger's guess for a name (named-after-places.ts).
  const noPlace = located && !person && !isStreetName(m) && !institutionType(m) ? noPlaceByLastWord(doc, m) : null;
  if (noPlace)
    return [{ ...m, type: 'ORG', guessed: noPlace === 'no-place', weak: false, places: undefined, cc: undefined }];
  if (ruled.length === 0 || (whole ? !ruleWins(doc, whole, span) : (located && places!.length > 0) || person)) {
    if (person) return [{ ...m, type: 'PERSON', guessed: false, weak: false, places: undefined }];
    const typed: Mention = { ...m, type: span.type, guessed: false, weak: false, places };
    if (located) typed.cc ??= places!.find((p) => p.kind === 'country')?.cc;
    return whole ? [typed, ...ruled.filter((r) => r !== whole)] : [typed];
  }
  const typed = packedMap(ruled, (r) => (r === whole ? { ...r, type: ruleType(doc, r, span) } : r));
  // "Nigeria Police", "Aberdeen Royal Infirmary": the place the institution is named after stays a place.
  if (whole && located && ruled.length === 1 && institutionType(whole))
    typed.push(...nestedPlaces(doc, whole.tok[0], whole.tok[1]));
  return typed;
}

/**
 * Whether the model's name starts with a given name the rules read as a place and holds no title
 * or head word: "Chad Wolf has been named", "Jordan Henderson scored", "Georgia Smith said" (the
 * rules typed "Chad" the country and dropped "Wolf"). Such a name is a person's. The model may
 * type the whole name a place (its gazetteer features fire on the given name); then it is read
 * as a person only where the gazetteer knows neither the whole name (`places`, "Virginia Beach")
 * nor any of its later words as a place.
 */
function givenNamePlace(doc: Doc, span: TaggedSpan, ruled: readonly Mention[], places: Mention['places']): boolean {
  const [from, to] = span.tok;
  if (to - from < 2) return false;
  const located = span.type === 'GPE' || span.type === 'LOC';
  if (span.type !== 'PERSON' && !located) return false;
  const words = doc.tokens.slice(from, to).map((t) => t.lower);
  if (!isGivenName(words[0])) return false;
  if (words.some((w) => NOT_PERSON_WORDS.some((list) => list.has(w)))) return false;
  // A later word the gazetteer knows as a town or county is a surname after a country's or a
  // first-level region's name ("Georgia Baker", "Virginia Clinton"): a place is written before
  // its country or state ("Baker, Georgia"), not after it; "Georgia Atlanta", a town inside the
  // first word's place, stays a pair of places.
  const larger = lookupPlaces(words[0]).filter((p) => BIG_PLACES.has(p.kind));
  const placeWord = (w: string) => {
    const known = lookupPlaces(w);
    if (known.length === 0) return false;
    if (larger.length === 0 || known.some((p) => BIG_PLACES.has(p.kind))) return true;
    return known.some((p) => larger.some((l) => l.cc === p.cc && (l.kind === 'country' || l.admin === p.admin)));
  };
  if (
    located &&
    ((places?.length ?? 0) > 0 ||
      doc.tokens.slice(from + 1, to).some((t) => !/^\p{Lu}/u.test(t.text) || placeWord(t.text)))
  )
    return false;
  return (
    ruled.some((r) => r.tok[0] === from && (r.type === 'GPE' || r.type === 'LOC')) &&
    ruled.every((r) => r.tok[0] >= from && r.tok[1] <= to)
  );
}

/**
 * Whether a name of two or more words is a given name the lists know followed only by capitalised
 * words of letters that neither wink's lexicon nor the gazetteer holds ("Virginia Giuffre"; not
 * "Virginia Beach", "Jordan Henderson", "Georgia Tech"), and the gazetteer lacks the whole name.
 */
function givenNameThenSurname(doc: Doc, m: Mention): boolean {
  const [from, to] = m.tok;
  if (to - from < 2) return false;
  const first = doc.tokens[from].lower;
  if (!isGivenName(first)) return false;
  if (lookupPlaces(m.text).length > 0) return false;
  return doc.tokens
    .slice(from + 1, to)
    .every((t) => /^\p{Lu}\p{L}*$/u.test(t.text) && !isLexiconWord(t.text) && lookupPlaces(t.text).length === 0);
}

/** Places a town is written before: "Baker, Georgia", not "Georgia Baker". */
const BIG_PLACES: ReadonlySet<string> = new Set(['country', 'admin1', 'region']);

const NOT_PERSON_WORDS: readonly ReadonlySet<string>[] = [PERSON_TITLES, LOC_CUES, FAC_CUES, ORG_CUES];

function base(doc: Doc, span: TaggedSpan): Mention {
  const s: [number, number] = [doc.tokens[span.tok[0]].span[0], doc.tokens[span.tok[1] - 1].span[1]];
  return newMention(span.type, s, [span.tok[0], span.tok[1]], doc.text.slice(s[0], s[1]));
}
